package org.inkwell.cms.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.inkwell.cms.web.security.CmsAuthModule;

/** The sign-in form, and signing out. */
@Named
@RequestScoped
public class SignInPage {

  static final String HOME = "/admin/index.xhtml";

  private String login;
  private String password;
  private String next;

  public void signIn() throws IOException, ServletException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (CmsAuthModule.signIn(request, (HttpServletResponse) external.getResponse(), login, password)) {
      external.redirect(external.getRequestContextPath() + safeNext());
      faces.responseComplete();
    } else if (request.getAttribute(CmsAuthModule.RETRY_AFTER) != null) {
      Notices.errorAt("signIn:login", "signIn.throttled");
    } else {
      Notices.errorAt("signIn:password", "signIn.failed");
    }
  }

  public void signOut() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    CmsAuthModule.signOut((HttpServletRequest) external.getRequest());
    external.redirect(external.getRequestContextPath() + CmsAuthModule.SIGN_IN_PAGE + "?signedOut=true");
  }

  /** Only an admin page of this site, so that the form cannot be used to send people elsewhere. */
  private String safeNext() {
    if (next != null && next.startsWith("/admin/") && !next.startsWith("/admin/login") && !next.contains("\\")
        && next.chars().noneMatch(Character::isISOControl)) {
      return next;
    }
    return HOME;
  }

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
