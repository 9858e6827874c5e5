package org.inkwell.cms.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.inkwell.cms.core.FieldError;
import org.inkwell.cms.core.InvalidInputException;

/**
 * Messages shown to editors: texts from the admin bundle, and the services' field errors placed
 * at the inputs they are about.
 */
public final class Notices {

  static final String BUNDLE = "org.inkwell.cms.web.admin.messages";

  private Notices() {}

  /** A success message that survives the redirect after a save. */
  public static void success(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_INFO, text(key, args));
  }

  public static void error(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_ERROR, text(key, args));
  }

  public static void errorAt(String clientId, String key, Object... args) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text(key, args));
  }

  /**
   * Puts each field error next to its input.
   *
   * @param inputs client ids of the inputs by the service's field names; other fields are shown at
   *     the top of the page
   */
  public static void fieldErrors(InvalidInputException e, Map<String, String> inputs) {
    for (FieldError error : e.errors()) {
      String clientId = inputs.get(error.field());
      String label = clientId == null ? error.field() + " " : "";
      add(clientId, FacesMessage.SEVERITY_ERROR, label + error.message());
    }
  }

  public static String text(String key, Object... args) {
    String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(args);
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(clientId, new FacesMessage(severity, text, null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
    if (severity == FacesMessage.SEVERITY_ERROR) {
      faces.validationFailed();
    }
  }
}
