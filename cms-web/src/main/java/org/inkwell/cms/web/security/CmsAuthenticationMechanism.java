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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.inkwell.cms.articles.Account;
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
  static final String BASIC_CHALLENGE = "Basic realm=\"cms\"";

  /** Request attribute set when a sign-in was refused unchecked: how long to wait (a Duration). */
  public static final String RETRY_AFTER = CmsAuthenticationMechanism.class.getName() + ".retryAfter";
  private static final String SESSION_CREDENTIALS = CmsAuthenticationMechanism.class.getName() + ".credentials";

  @Inject PasswordCheck passwords;
  @Inject UserService users;
  @Inject SecurityHeaders headers;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential login) {
      return signIn(request, context, login);
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(authorization.substring(6).strip(), request, response, context);
    }
    if (request.getRequestURI().startsWith(ADMIN)) {
      Optional<Actor> editor = sessionUser(request);
      if (editor.isPresent()) {
        return signedIn(context, editor.get());
      }
      if (context.isProtected()) {
        headers.apply(request, response);
        return toSignIn(request, response, context);
      }
    }
    if (context.isProtected()) {
      return unauthorized(request, response, "Sign in to do this.");
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

  /**
   * Keeps this browser signed in as {@code account} after a change to its credentials (its own new
   * password), which ends every other session of the user; with a new session id.
   */
  public static void keepSignedIn(HttpServletRequest request, Account account) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      session = request.getSession(true);
    } else {
      request.changeSessionId();
    }
    session.setAttribute(SESSION_LOGIN, account.actor().login());
    session.setAttribute(SESSION_CREDENTIALS, account.credentials());
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential login) {
    PasswordCheck.Outcome outcome = passwords.check(login.getCaller(), login.getPasswordAsString(), request.getRemoteAddr());
    if (!outcome.isValid()) {
      if (outcome.isThrottled()) {
        request.setAttribute(RETRY_AFTER, outcome.retryAfter());
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
    // A new session id on sign-in, so an id planted before it (session fixation) is worthless.
    keepSignedIn(request, outcome.account());
    return signedIn(context, outcome.account().actor());
  }

  private AuthenticationStatus basic(
      String encoded, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      decoded = "";
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return unauthorized(request, response, "The Authorization header is not valid HTTP Basic.");
    }
    PasswordCheck.Outcome outcome =
        passwords.check(decoded.substring(0, colon), decoded.substring(colon + 1), request.getRemoteAddr());
    if (outcome.isValid()) {
      return signedIn(context, outcome.account().actor());
    }
    if (outcome.isThrottled()) {
      long seconds = Math.max(1, (outcome.retryAfter().toMillis() + 999) / 1000);
      headers.apply(request, response);
      response.setHeader("Retry-After", Long.toString(seconds));
      ProblemReply.send(request, response, 429, "too-many-sign-ins", "Too many sign-in attempts",
          "Too many password checks from this address; try again in " + seconds + " s.");
      return AuthenticationStatus.SEND_FAILURE;
    }
    return unauthorized(request, response, "The user name or password is not right, or the account is deactivated.");
  }

  private AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response, String detail) {
    headers.apply(request, response);
    response.setHeader("WWW-Authenticate", BASIC_CHALLENGE);
    ProblemReply.send(request, response, 401, "not-authenticated", "Authentication required", detail);
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static AuthenticationStatus signedIn(HttpMessageContext context, Actor actor) {
    return context.notifyContainerAboutLogin(new ActorPrincipal(actor), Set.of(actor.role().name()));
  }

  /**
   * The user signed in on this session, looked up again on every admin request: a deactivation
   * ends the session at once, and so does a new password or role ({@link Account#credentials()}).
   */
  private Optional<Actor> sessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object login = session == null ? null : session.getAttribute(SESSION_LOGIN);
    if (login == null) {
      return Optional.empty();
    }
    Object credentials = session.getAttribute(SESSION_CREDENTIALS);
    Optional<Account> account = users.account((String) login).filter(a -> a.credentials().equals(credentials));
    if (account.isEmpty()) {
      session.invalidate();
    }
    return account.map(Account::actor);
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
