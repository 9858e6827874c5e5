package org.inkwell.cms.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.inkwell.cms.web.site.SiteConfig;

/**
 * Marks the admin's session cookie {@code Secure} when the site's address is HTTPS. Decided from
 * the configured address, not the request, because behind a TLS proxy requests arrive as HTTP.
 * ({@code HttpOnly} is in {@code web.xml}, {@code SameSite=Lax} in {@code payara-web.xml}.)
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  @Inject SiteConfig site;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    event.getServletContext().getSessionCookieConfig().setSecure(site.isHttps());
  }
}
