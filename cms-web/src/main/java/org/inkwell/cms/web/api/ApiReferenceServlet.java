package org.inkwell.cms.web.api;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The API reference for people at {@code /api/docs/}: Swagger UI from its WebJar, reading {@code
 * /openapi}. Only the files the page needs are served, under a policy that allows scripts and
 * styles from this site alone.
 */
@WebServlet(name = "api-docs", urlPatterns = "/api/docs/*")
public class ApiReferenceServlet extends HttpServlet {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
          + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  private static final String OWN = "/org/inkwell/cms/web/api/docs/";
  private static final String WEBJAR = "/META-INF/resources/webjars/swagger-ui/" + webJarVersion() + "/";
  private static final Map<String, String> FILES =
      Map.of(
          "/", OWN + "index.html",
          "/api-docs.js", OWN + "api-docs.js",
          "/swagger-ui.css", WEBJAR + "swagger-ui.css",
          "/swagger-ui-bundle.js", WEBJAR + "swagger-ui-bundle.js",
          "/favicon-32x32.png", WEBJAR + "favicon-32x32.png");
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html;charset=UTF-8",
          "js", "text/javascript;charset=UTF-8",
          "css", "text/css;charset=UTF-8",
          "png", "image/png");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getPathInfo();
    if (path == null) {
      response.sendRedirect(request.getRequestURI() + "/");
      return;
    }
    String resource = FILES.get(path);
    if (resource == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try (InputStream in = ApiReferenceServlet.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path");
      }
      response.setContentType(TYPES.get(resource.substring(resource.lastIndexOf('.') + 1)));
      response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      // The page follows the WAR's WebJar version; a day is short enough for an upgrade.
      response.setHeader("Cache-Control", "public, max-age=86400");
      in.transferTo(response.getOutputStream());
    }
  }

  private static String webJarVersion() {
    Properties pom = new Properties();
    try (InputStream in =
        ApiReferenceServlet.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      pom.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pom.getProperty("version");
  }
}
