package org.inkwell.cms.relatedposts.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The plugin's admin texts, from its own bundle (the views load it as {@code rp}), and the messages
 * its beans show: outcomes at the top of the page, problems with an input next to it.
 */
final class AdminTexts {

  static final String BUNDLE = "org.inkwell.cms.relatedposts.messages";

  private AdminTexts() {}

  static String text(String key, Object... args) {
    Locale locale = locale();
    String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  static void success(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_INFO, text(key, args));
  }

  static void error(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_ERROR, text(key, args));
  }

  static FacesMessage errorMessage(String key, Object... args) {
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, args), null);
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }

  /** The view's language; English where there is no view (the admin menu is built outside one). */
  private static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    UIViewRoot view = faces == null ? null : faces.getViewRoot();
    return view == null ? Locale.ENGLISH : view.getLocale();
  }
}
