package org.inkwell.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in as an attacker and an owner see it: throttling by client address and login, a bounded
 * hashing budget, revocation at the next request on the API and the admin, and what every response
 * carries (problem+json, security headers, cookie flags, HSTS for an HTTPS site). Other client
 * addresses are loopback aliases (127.0.0.x) bound by a raw socket.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {


  @Deployment(testable = false)
  @TargetsContainer("https-site")
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource URL base;

  private Api api;

  @BeforeEach
  void client() {
    api = Api.anonymous(base);
  }

  @Test
  void aWrongPasswordIsProblemJsonWithTheSecurityHeaders() {
    Api.Reply reply = api.as(Api.ADMIN, "not-the-password").get("/api/users/me");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.contentType()).isEqualTo("application/problem+json");
    assertThat(reply.json().getString("type")).isEqualTo("/problems/not-authenticated");
    assertThat(reply.header("WWW-Authenticate")).contains("Basic realm=\"cms\"");
    assertThat(reply.header("X-Content-Type-Options")).contains("nosniff");
    assertThat(reply.header("X-Frame-Options")).contains("DENY");
    assertThat(reply.header("Strict-Transport-Security")).isPresent();
  }

  @Test
  void theAttackersGuessesDoNotLockTheOwnerOut() {
    User owner = createUser("author");
    Raw refused = null;
    for (int guess = 0; guess < 8 && refused == null; guess++) {
      Raw reply = Raw.get(base, "127.0.0.2", "/api/users/me", basic(owner.login(), "guess-" + guess));
      if (reply.status() == 429) {
        refused = reply;
      } else {
        assertThat(reply.status()).isEqualTo(401);
      }
    }

    assertThat(refused).as("the guessing client is throttled").isNotNull();
    assertThat(refused.header("Retry-After")).matches("[1-9][0-9]*");
    assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
    assertThat(refused.body()).contains("/problems/too-many-sign-ins");
    assertThat(api.as(owner.login(), owner.password()).get("/api/users/me").status()).isEqualTo(200);
    String session = signInToAdmin(owner.login(), owner.password());
    assertThat(adminPage(session).statusCode()).isEqualTo(200);
  }

  @Test
  void madeUpLoginsFromOneAddressAreRefusedBeforeAnyHashWith429() {
    Raw last = null;
    for (int i = 0; i < 15 && (last == null || last.status() != 429); i++) {
      last = Raw.get(base, "127.0.0.3", "/api/users/me", basic("nobody-" + Ids.unique(), "guess"));
    }

    assertThat(last.status()).isEqualTo(429);
    assertThat(last.header("Retry-After")).matches("[1-9][0-9]*");
    assertThat(last.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(Raw.get(base, "127.0.0.4", "/api/users/me", basic("nobody", "guess")).status()).isEqualTo(401);
  }

  @Test
  void deactivationEndsApiAccessAndAdminSessionsAtTheNextRequest() {
    User user = createUser("editor");
    Api asUser = api.as(user.login(), user.password());
    assertThat(asUser.get("/api/users/me").status()).isEqualTo(200);
    String session = signInToAdmin(user.login(), user.password());

    assertThat(api.asAdmin().patch("/api/users/" + user.id(), "{\"active\":false}").status()).isEqualTo(200);

    assertThat(asUser.get("/api/users/me").status()).isEqualTo(401);
    assertThat(asUser.post("/api/articles", "{\"title\":\"After deactivation\"}").status()).isEqualTo(401);
    assertSentToSignIn(adminPage(session));
  }

  @Test
  void aRoleChangeCountsAtTheNextRequestAndEndsAdminSessions() {
    User user = createUser("editor");
    Api asUser = api.as(user.login(), user.password());
    assertThat(asUser.get("/api/users/me").json().getString("role")).isEqualTo("editor");
    String session = signInToAdmin(user.login(), user.password());

    assertThat(api.asAdmin().patch("/api/users/" + user.id(), "{\"role\":\"contributor\"}").status()).isEqualTo(200);

    assertThat(asUser.get("/api/users/me").json().getString("role")).isEqualTo("contributor");
    assertThat(asUser.post("/api/categories", "{\"name\":\"Demoted " + Ids.unique() + "\"}").status()).isEqualTo(403);
    assertSentToSignIn(adminPage(session));
  }

  @Test
  void aPasswordResetByAnAdminEndsTheOldPasswordAndEverySession() {
    User user = createUser("author");
    assertThat(api.as(user.login(), user.password()).get("/api/users/me").status()).isEqualTo(200);
    String session = signInToAdmin(user.login(), user.password());

    String reset = "reset-" + Ids.unique() + "-password";
    assertThat(api.asAdmin().patch("/api/users/" + user.id(), "{\"password\":\"" + reset + "\"}").status()).isEqualTo(200);

    assertThat(api.as(user.login(), user.password()).get("/api/users/me").status()).isEqualTo(401);
    assertThat(api.as(user.login(), reset).get("/api/users/me").status()).isEqualTo(200);
    assertSentToSignIn(adminPage(session));
  }

  @Test
  void theUsersOwnNewPasswordEndsTheOldOneAndTheirOtherSessions() {
    User user = createUser("author");
    Api asUser = api.as(user.login(), user.password());
    assertThat(asUser.get("/api/users/me").status()).isEqualTo(200);
    String otherBrowser = signInToAdmin(user.login(), user.password());

    String mine = "mine-" + Ids.unique() + "-password";
    assertThat(asUser.patch("/api/users/" + user.id(), "{\"password\":\"" + mine + "\"}").status()).isEqualTo(200);

    assertThat(asUser.get("/api/users/me").status()).isEqualTo(401);
    assertThat(api.as(user.login(), mine).get("/api/users/me").status()).isEqualTo(200);
    assertSentToSignIn(adminPage(otherBrowser));
  }

  @Test
  void metricsAreForAdministratorsOnly() {
    Api.Reply anonymous = api.get("/metrics");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.contentType()).isEqualTo("application/problem+json");
    assertThat(anonymous.header("X-Content-Type-Options")).contains("nosniff");

    assertThat(api.newUser("editor").get("/metrics").status()).isEqualTo(403);
    Api.Reply admin = api.asAdmin().get("/metrics");
    assertThat(admin.status()).isEqualTo(200);
    assertThat(admin.body()).contains("# TYPE");
  }

  @Test
  void theSessionCookieIsHttpOnlySameSiteLaxAndSecureOnAnHttpsSite() {
    String cookie = get("/admin/login.xhtml", null).headers().firstValue("Set-Cookie").orElseThrow();

    assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("; HttpOnly")
        .containsIgnoringCase("; SameSite=Lax").containsIgnoringCase("; Secure");
  }

  @Test
  void cachedApiRepliesAndPublicPagesCarryTheSecurityHeaders() {
    Api.Reply created = api.asAdmin().post("/api/articles",
        "{\"title\":\"Headers " + Ids.unique() + "\",\"body\":\"<p>x</p>\",\"status\":\"published\"}");
    String path = "/api/articles/" + created.json().getInt("id");
    api.get(path);

    Api.Reply cached = api.get(path);

    assertThat(cached.status()).isEqualTo(200);
    assertThat(cached.header("X-Content-Type-Options")).contains("nosniff");
    assertThat(cached.header("Content-Security-Policy")).contains("default-src 'none'; frame-ancestors 'none'");
    assertThat(cached.header("Strict-Transport-Security")).isPresent();
    Api.Reply home = api.get("/");
    assertThat(home.header("X-Frame-Options")).contains("DENY");
    assertThat(home.header("Strict-Transport-Security")).isPresent();
  }

  private record User(long id, String login, String password) {}

  private User createUser(String role) {
    String login = role + "-" + Ids.unique();
    String password = "pw-" + Ids.unique() + "-secret";
    Api.Reply created = api.asAdmin().post("/api/users", "{\"login\":\"" + login + "\",\"name\":\"Test " + role
        + "\",\"role\":\"" + role + "\",\"password\":\"" + password + "\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return new User(created.json().getInt("id"), login, password);
  }

  private static void assertSentToSignIn(HttpResponse<String> adminPage) {
    assertThat(adminPage.statusCode()).isEqualTo(302);
    assertThat(adminPage.headers().firstValue("Location")).get().asString().contains("/admin/login.xhtml");
  }

  private String signInToAdmin(String login, String password) {
    return AdminSignIn.session(base, login, password);
  }

  private HttpResponse<String> adminPage(String session) {
    return get("/admin/index.xhtml", session);
  }

  private HttpResponse<String> get(String path, String session) {
    return AdminSignIn.get(base, path, session);
  }

  private static String basic(String login, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** One HTTP/1.1 GET from a chosen local address, which the JDK's HttpClient cannot bind. */
  private record Raw(int status, String head, String body) {

    static Raw get(URL base, String localAddress, String path, String authorization) {
      try (Socket socket = new Socket()) {
        socket.bind(new InetSocketAddress(localAddress, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 10_000);
        socket.setSoTimeout(30_000);
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + base.getPort() + "\r\nAuthorization: " + authorization
            + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String reply = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
        int end = reply.indexOf("\r\n\r\n");
        String head = reply.substring(0, end);
        return new Raw(Integer.parseInt(head.substring(9, 12)), head, reply.substring(end + 4));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String header(String name) {
      Matcher m = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(.*?)\\s*$").matcher(head);
      return m.find() ? m.group(1) : null;
    }

    private static byte[] readAll(InputStream in) throws IOException {
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      return all.toByteArray();
    }
  }
}
