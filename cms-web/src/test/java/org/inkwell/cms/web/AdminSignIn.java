package org.inkwell.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The admin as a browser without scripts uses it: its sign-in form posted, its session cookie sent back. */
final class AdminSignIn {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

  private AdminSignIn() {}

  /** Signs in with the admin's form, as a browser does, and returns the session id. */
  static String session(URL base, String login, String password) {
    HttpResponse<String> form = get(base, "/admin/login.xhtml", null);
    String session = sessionIn(form.headers().firstValue("Set-Cookie").orElseThrow());
    Matcher state = VIEW_STATE.matcher(form.body());
    assertThat(state.find()).as("the sign-in form's view state").isTrue();
    String body = "signIn=signIn&signIn%3Anext=&signIn%3Alogin=" + encode(login) + "&signIn%3Apassword=" + encode(password)
        + "&signIn%3Asubmit=&jakarta.faces.ViewState=" + encode(state.group(1));
    HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri(base, "/admin/login.xhtml"))
        .header("Cookie", "JSESSIONID=" + session)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(signedIn.statusCode()).as("sign-in of " + login + ": " + signedIn.body()).isEqualTo(302);
    String renewed = signedIn.headers().firstValue("Set-Cookie").map(AdminSignIn::sessionIn).orElse(session);
    assertThat(get(base, "/admin/index.xhtml", renewed).statusCode()).isEqualTo(200);
    return renewed;
  }

  /** A GET in this browser session ({@code null}: a browser without one). */
  static HttpResponse<String> get(URL base, String path, String session) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(base, path)).GET();
    if (session != null) {
      request.header("Cookie", "JSESSIONID=" + session);
    }
    return send(request);
  }

  static String sessionIn(String setCookie) {
    Matcher m = SESSION.matcher(setCookie);
    assertThat(m.find()).as("a session cookie in " + setCookie).isTrue();
    return m.group(1);
  }

  private static URI uri(URL base, String path) {
    return URI.create(base.toString().replaceAll("/$", "") + path);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.timeout(Api.REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
