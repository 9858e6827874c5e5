package org.inkwell.cms.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.cms.web.site.SiteConfig;

/**
 * Headers that make browsers treat every response safely: no MIME sniffing, no referrer leaks to
 * other sites, no framing; API responses may not load or run anything; and, when the site's address
 * is HTTPS, HSTS so that browsers never try plain HTTP again.
 *
 * <p>The admin's pages (Faces views) get {@link #ADMIN_POLICY}, written by PrimeFaces' CSP mode
 * ({@code primefaces.CSP} in {@code web.xml}, which reads {@link #getAdminPolicy()}): PrimeFaces
 * appends the per-request nonce it gives its own scripts to the policy's last directive.
 */
@ApplicationScoped
@Named("securityHeaders")
public class SecurityHeaders {

  static final String HSTS = "max-age=31536000";

  /**
   * Scripts only from this site or with the page's nonce; no plugins, no foreign base or framing.
   * Styles allow inline ones: PrimeFaces' widgets and the rich-text editor set style attributes and
   * style elements at run time. Images and media may be remote, as in an imported article's body.
   * Ends with {@code script-src}, which PrimeFaces completes with {@code 'nonce-…'}.
   */
  public static final String ADMIN_POLICY = "default-src 'self'; img-src 'self' https: data: blob:;"
      + " media-src 'self' https:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self';"
      + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; script-src 'self'";

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

  /** {@link #ADMIN_POLICY}, for PrimeFaces' {@code primefaces.CSP_POLICY} expression. */
  public String getAdminPolicy() {
    return ADMIN_POLICY;
  }
}
