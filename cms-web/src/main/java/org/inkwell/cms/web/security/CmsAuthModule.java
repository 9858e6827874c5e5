package org.inkwell.cms.web.security;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.inkwell.cms.articles.Account;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.ActorPrincipal;
import org.inkwell.cms.articles.UserService;

/**
 * The application's one Jakarta Authentication module, for both kinds of client: API clients send
 * HTTP Basic on every call; editors sign in once with the admin form and are remembered in their
 * session. The session counts under {@code /admin/} only, so a signed-in browser never
 * authenticates API writes that another site could forge.
 *
 * <p>Registered directly with the container ({@link AuthModuleRegistration}) with its collaborators
 * resolved once, rather than through Jakarta Security's bridge, which looks its mechanism up on
 * every request: an anonymous reader of a public page costs a header read and a prefix test.
 */
public final class CmsAuthModule implements ServerAuthModule {

  public static final String SIGN_IN_PAGE = "/admin/login.xhtml";
  private static final String ADMIN = "/admin/";
  private static final String SESSION_LOGIN = CmsAuthModule.class.getName() + ".login";
  private static final String SESSION_CREDENTIALS = CmsAuthModule.class.getName() + ".credentials";
  /** Request attribute carrying the sign-in form's credential into {@link #validateRequest}. */
  private static final String SIGN_IN = CmsAuthModule.class.getName() + ".signIn";
  private static final String MANDATORY = "jakarta.security.auth.message.MessagePolicy.isMandatory";
  static final String BASIC_CHALLENGE = "Basic realm=\"cms\"";

  /** Request attribute set when a sign-in was refused unchecked: how long to wait (a Duration). */
  public static final String RETRY_AFTER = CmsAuthModule.class.getName() + ".retryAfter";

  private static final Class<?>[] MESSAGE_TYPES = {HttpServletRequest.class, HttpServletResponse.class};

  private final PasswordCheck passwords;
  private final UserService users;
  private final SecurityHeaders headers;
  private volatile CallbackHandler handler;

  CmsAuthModule(PasswordCheck passwords, UserService users, SecurityHeaders headers) {
    this.passwords = passwords;
    this.users = users;
    this.headers = headers;
  }

  @Override
  public void initialize(MessagePolicy requestPolicy, MessagePolicy responsePolicy, CallbackHandler handler,
      @SuppressWarnings("rawtypes") Map options) {
    this.handler = handler;
  }

  @Override
  public Class<?>[] getSupportedMessageTypes() {
    return MESSAGE_TYPES.clone();
  }

  @Override
  public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
    HttpServletRequest request = (HttpServletRequest) message.getRequestMessage();
    String authorization = request.getHeader("Authorization");
    boolean mandatory = Boolean.parseBoolean((String) message.getMap().get(MANDATORY));
    if (authorization == null && !mandatory && !request.getRequestURI().startsWith(ADMIN)) {
      return AuthStatus.SUCCESS; // an anonymous reader of a public resource: nothing to look up
    }
    HttpServletResponse response = (HttpServletResponse) message.getResponseMessage();
    if (mandatory && request.getAttribute(SIGN_IN) instanceof UsernamePasswordCredential login) {
      return signIn(request, client, login);
    }
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(authorization.substring(6).strip(), request, response, client);
    }
    if (request.getRequestURI().startsWith(ADMIN)) {
      Optional<Actor> editor = sessionUser(request);
      if (editor.isPresent()) {
        return signedIn(client, editor.get());
      }
      if (mandatory) {
        headers.apply(request, response);
        return toSignIn(request, response);
      }
    }
    if (mandatory) {
      return unauthorized(request, response, "Sign in to do this.");
    }
    return AuthStatus.SUCCESS;
  }

  @Override
  public AuthStatus secureResponse(MessageInfo message, Subject service) {
    return AuthStatus.SEND_SUCCESS;
  }

  @Override
  public void cleanSubject(MessageInfo message, Subject subject) {
    if (subject != null) {
      subject.getPrincipals().clear();
    }
  }

  /**
   * Signs this browser in with the admin form's login and password, through the container (which
   * calls {@link #validateRequest}); false when the password is wrong or the check was refused,
   * in which case {@link #RETRY_AFTER} says how long to wait.
   */
  public static boolean signIn(HttpServletRequest request, HttpServletResponse response, String login, String password)
      throws IOException, ServletException {
    request.setAttribute(SIGN_IN, new UsernamePasswordCredential(login, password));
    try {
      return request.authenticate(response);
    } finally {
      request.removeAttribute(SIGN_IN);
    }
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

  private AuthStatus signIn(HttpServletRequest request, Subject client, UsernamePasswordCredential login)
      throws AuthException {
    PasswordCheck.Outcome outcome = passwords.check(login.getCaller(), login.getPasswordAsString(), request.getRemoteAddr());
    if (!outcome.isValid()) {
      if (outcome.isThrottled()) {
        request.setAttribute(RETRY_AFTER, outcome.retryAfter());
      }
      return AuthStatus.SEND_FAILURE;
    }
    // A new session id on sign-in, so an id planted before it (session fixation) is worthless.
    keepSignedIn(request, outcome.account());
    return signedIn(client, outcome.account().actor());
  }

  private AuthStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response, Subject client)
      throws AuthException {
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
      return signedIn(client, outcome.account().actor());
    }
    if (outcome.isThrottled()) {
      long seconds = Math.max(1, (outcome.retryAfter().toMillis() + 999) / 1000);
      headers.apply(request, response);
      response.setHeader("Retry-After", Long.toString(seconds));
      ProblemReply.send(request, response, 429, "too-many-sign-ins", "Too many sign-in attempts",
          "Too many password checks from this address; try again in " + seconds + " s.");
      return AuthStatus.SEND_FAILURE;
    }
    return unauthorized(request, response, "The user name or password is not right, or the account is deactivated.");
  }

  private AuthStatus unauthorized(HttpServletRequest request, HttpServletResponse response, String detail) {
    headers.apply(request, response);
    response.setHeader("WWW-Authenticate", BASIC_CHALLENGE);
    ProblemReply.send(request, response, 401, "not-authenticated", "Authentication required", detail);
    return AuthStatus.SEND_FAILURE;
  }

  /** Tells the container who the caller is and their role, as a group that payara-web.xml maps. */
  private AuthStatus signedIn(Subject client, Actor actor) throws AuthException {
    try {
      handler.handle(new Callback[] {
          new CallerPrincipalCallback(client, new ActorPrincipal(actor)),
          new GroupPrincipalCallback(client, new String[] {actor.role().name()})});
    } catch (IOException | UnsupportedCallbackException e) {
      throw (AuthException) new AuthException("The container refused the signed-in caller").initCause(e);
    }
    return AuthStatus.SUCCESS;
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

  private static AuthStatus toSignIn(HttpServletRequest request, HttpServletResponse response) {
    StringBuilder target = new StringBuilder(SIGN_IN_PAGE);
    boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    target.append(expired ? "?expired=true" : "?");
    if ("GET".equals(request.getMethod())) {
      String query = request.getQueryString();
      String next = request.getRequestURI() + (query == null ? "" : "?" + query);
      target.append(expired ? "&" : "").append("next=").append(URLEncoder.encode(next, StandardCharsets.UTF_8));
    }
    String location = target.toString();
    try {
      if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
        // An Ajax request cannot follow a 302 to a page; Faces' script follows this instead.
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
            + location.replace("&", "&amp;") + "\"/></partial-response>");
      } else {
        response.sendRedirect(location);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthStatus.SEND_CONTINUE;
  }
}
