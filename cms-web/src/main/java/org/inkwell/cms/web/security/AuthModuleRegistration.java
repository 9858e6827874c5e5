package org.inkwell.cms.web.security;

import jakarta.inject.Inject;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.inkwell.cms.articles.UserService;

/**
 * Registers {@link CmsAuthModule} for this application at start-up (Jakarta Authentication 3's
 * {@code registerServerAuthModule}), handing it the beans it needs once, so that no request pays
 * for looking them up.
 */
@WebListener
public class AuthModuleRegistration implements ServletContextListener {

  @Inject PasswordCheck passwords;
  @Inject UserService users;
  @Inject SecurityHeaders headers;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    AuthConfigFactory.getFactory()
        .registerServerAuthModule(new CmsAuthModule(passwords, users, headers), event.getServletContext());
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    AuthConfigFactory.getFactory().removeServerAuthModule(event.getServletContext());
  }
}
