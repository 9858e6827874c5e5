package org.inkwell.cms.web.security;

import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.inkwell.cms.core.json.Json;

/**
 * A problem+json answer (RFC 9457) written where JAX-RS' exception mappers do not reach: during
 * authentication, which runs before any filter or resource, and in front of the metrics.
 */
final class ProblemReply {

  private ProblemReply() {}

  static void send(HttpServletRequest request, HttpServletResponse response, int status, String type, String title,
      String detail) {
    JsonObjectBuilder problem = Json.object()
        .add("type", "/problems/" + type)
        .add("title", title)
        .add("status", status)
        .add("detail", detail)
        .add("instance", request.getRequestURI());
    byte[] body = problem.build().toString().getBytes(StandardCharsets.UTF_8);
    try {
      response.setStatus(status);
      response.setContentType("application/problem+json");
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
