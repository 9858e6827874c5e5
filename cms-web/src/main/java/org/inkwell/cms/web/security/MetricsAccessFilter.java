package org.inkwell.cms.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's {@code /metrics} (heap, threads, pools) are for administrators, signed in with HTTP
 * Basic, unless {@code cms.metrics.public} opens them to a scraper that cannot authenticate.
 */
public class MetricsAccessFilter extends HttpFilter {

  @Inject
  @ConfigProperty(name = "cms.metrics.public", defaultValue = "false")
  boolean open;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (open || request.isUserInRole("ADMIN")) {
      chain.doFilter(request, response);
    } else if (request.getUserPrincipal() == null) {
      response.setHeader("WWW-Authenticate", CmsAuthModule.BASIC_CHALLENGE);
      ProblemReply.send(request, response, 401, "not-authenticated", "Authentication required",
          "The metrics are for administrators.");
    } else {
      ProblemReply.send(request, response, 403, "access-denied", "Not allowed", "The metrics are for administrators.");
    }
  }
}
