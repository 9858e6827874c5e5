package org.inkwell.cms.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.inkwell.cms.web.security.CmsAuthenticationMechanism;

/** The sign-in form, and signing out. */
@Named
@RequestScoped
public class SignInPage {

  static final String HOME = "/admin/index.xhtml";

  @Inject SecurityContext security;

  private String login;
  private String password;
  private String next;

  public void signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status = security.authenticate(
        request,
        (HttpServletResponse) external.getResponse(),
        AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(login, password)).newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS) {
      external.redirect(external.getRequestContextPath() + safeNext());
      faces.responseComplete();
    } else if (request.getAttribute(CmsAuthenticationMechanism.RETRY_AFTER) != null) {
      Notices.errorAt("signIn:login", "signIn.throttled");
    } else if (status == AuthenticationStatus.SEND_FAILURE) {
      Notices.errorAt("signIn:password", "signIn.failed");
    }
  }

  public void signOut() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    CmsAuthenticationMechanism.signOut((HttpServletRequest) external.getRequest());
    external.redirect(external.getRequestContextPath() + CmsAuthenticationMechanism.SIGN_IN_PAGE + "?signedOut=true");
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
