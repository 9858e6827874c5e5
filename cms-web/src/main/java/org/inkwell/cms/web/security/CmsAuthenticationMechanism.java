package org.inkwell.cms.web.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.ActorPrincipal;
import org.inkwell.cms.articles.UserService;

/**
 * One mechanism for both kinds of client, since Jakarta Security allows one per application: API
 * clients send HTTP Basic on every call; editors sign in once with the admin form and are
 * remembered in their session. The session counts under {@code /admin/} only, so a signed-in
 * browser never authenticates API writes that another site could forge.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class CmsAuthenticationMechanism implements HttpAuthenticationMechanism {

  public static final String SIGN_IN_PAGE = "/admin/login.xhtml";
  private static final String ADMIN = "/admin/";
  private static final String SESSION_LOGIN = CmsAuthenticationMechanism.class.getName() + ".login";
  private static final String BASIC_CHALLENGE = "Basic realm=\"cms\"";

  @Inject IdentityStoreHandler identityStores;
  @Inject UserService users;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential != null) {
      return signIn(request, context, credential);
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(authorization.substring(6).strip(), response, context);
    }
    if (request.getRequestURI().startsWith(ADMIN)) {
      Optional<Actor> editor = sessionUser(request);
      if (editor.isPresent()) {
        return context.notifyContainerAboutLogin(new ActorPrincipal(editor.get()), Set.of(editor.get().role().name()));
      }
      if (context.isProtected()) {
        return toSignIn(request, response, context);
      }
    }
    if (context.isProtected()) {
      response.setHeader("WWW-Authenticate", BASIC_CHALLENGE);
      return context.responseUnauthorized();
    }
    return context.doNothing();
  }

  /** Forgets the signed-in user of this browser. */
  public static void signOut(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    // A new session id on sign-in, so an id planted before it (session fixation) is worthless.
    HttpSession session = request.getSession(false);
    if (session == null) {
      session = request.getSession(true);
    } else {
      request.changeSessionId();
    }
    session.setAttribute(SESSION_LOGIN, result.getCallerPrincipal().getName());
    return context.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus basic(String encoded, HttpServletResponse response, HttpMessageContext context) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      decoded = "";
    }
    int colon = decoded.indexOf(':');
    if (colon > 0) {
      CredentialValidationResult result = identityStores.validate(
          new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
    }
    response.setHeader("WWW-Authenticate", BASIC_CHALLENGE);
    return context.responseUnauthorized();
  }

  /**
   * The user signed in on this session, looked up again on every admin request so that a
   * deactivated user or a changed role takes effect at once.
   */
  private Optional<Actor> sessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object login = session == null ? null : session.getAttribute(SESSION_LOGIN);
    if (login == null) {
      return Optional.empty();
    }
    Optional<Actor> actor = users.actor((String) login);
    if (actor.isEmpty()) {
      session.invalidate();
    }
    return actor;
  }

  private static AuthenticationStatus toSignIn(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    StringBuilder target = new StringBuilder(SIGN_IN_PAGE);
    boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    target.append(expired ? "?expired=true" : "?");
    if ("GET".equals(request.getMethod())) {
      String query = request.getQueryString();
      String next = request.getRequestURI() + (query == null ? "" : "?" + query);
      target.append(expired ? "&" : "").append("next=").append(URLEncoder.encode(next, StandardCharsets.UTF_8));
    }
    String location = target.toString();
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      // An Ajax request cannot follow a 302 to a page; Faces' script follows this instead.
      return partialRedirect(response, location);
    }
    return context.redirect(location);
  }

  private static AuthenticationStatus partialRedirect(HttpServletResponse response, String location) {
    try {
      response.setContentType("text/xml");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
          + location.replace("&", "&amp;") + "\"/></partial-response>");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }
}
