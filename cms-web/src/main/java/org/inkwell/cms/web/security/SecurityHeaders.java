package org.inkwell.cms.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.cms.web.site.SiteConfig;

/**
 * Headers that make browsers treat every response safely: no MIME sniffing, no referrer leaks to
 * other sites, no framing; API responses may not load or run anything; and, when the site's address
 * is HTTPS, HSTS so that browsers never try plain HTTP again.
 */
@ApplicationScoped
public class SecurityHeaders {

  static final String HSTS = "max-age=31536000";

  @Inject SiteConfig site;

  public void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("X-Frame-Options", "DENY");
    if (request.getRequestURI().startsWith("/api/")) {
      response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }
    if (site.isHttps()) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
  }
}
