package org.inkwell.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.assertj.core.api.SoftAssertions;
import org.inkwell.cms.web.AdminPages.Account;
import org.inkwell.cms.web.check.Accessibility;
import org.inkwell.cms.web.check.AccessibilityReport;
import org.inkwell.cms.web.check.Browser;
import org.inkwell.cms.web.check.BrowserExtension;
import org.inkwell.cms.web.check.PolicyViolations;
import org.inkwell.cms.web.check.Viewport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every admin screen in headless Chromium at a desktop and a phone width: no serious or critical
 * axe-core violation, a Content-Security-Policy without inline scripts that the page runs under
 * without a single refusal, and no sideways scrolling of the page. Screenshots go to {@code
 * target/screenshots/admin-a11y-<screen>-<width>.png}.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class AdminAccessibilityBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource URL base;

  /** A screen: where it is, and what shows that it has finished building itself. */
  private record Screen(String name, String path, Consumer<AdminPages> ready) {}

  @Test
  void everyAdminScreenPassesAxeUnderItsPolicyAndFitsAPhone(Browser browser) throws Exception {
    String site = base.toString().replaceAll("/$", "");
    Api api = Api.anonymous(base).asAdmin();
    long seed = api.get("/api/articles?slug=how-to-pop-lower-back").array().getJsonObject(0).getJsonNumber("id").longValue();
    api.await("/api/articles/" + seed + "/related", r -> r.status() == 200, Duration.ofSeconds(60));
    Api.Reply revised = api.post("/api/articles",
        "{\"title\":\"Revised " + Ids.unique() + "\",\"body\":\"<p>First words.</p><p>Kept.</p>\"}");
    long revisedId = revised.json().getJsonNumber("id").longValue();
    api.patch("/api/articles/" + revisedId, "{\"body\":\"<p>Second words.</p><p>Kept.</p>\"}", "If-Match", revised.etag());
    long page = api.post("/api/pages", "{\"title\":\"About " + Ids.unique() + "\",\"body\":\"<p>Us.</p>\",\"status\":\"published\"}")
        .json().getJsonNumber("id").longValue();
    assertThat(api.upload("/api/media", Images.png(640, 480), "image/png", "Harbour " + Ids.unique() + ".png").status())
        .isEqualTo(201);
    Path export = Path.of(AdminAccessibilityBrowserIT.class.getResource("/wordpress/trail-notes.wxr.xml").toURI());
    String importAt = api.upload("/api/imports?download_media=false", Files.readAllBytes(export), "application/xml", "trail.xml")
        .header("Location").orElseThrow().replaceAll("^.*(/api/imports/)", "$1");
    long imported = api.await(importAt, r -> r.json().getString("state").equals("done"), Duration.ofSeconds(60))
        .json().getJsonNumber("id").longValue();

    List<Screen> screens = List.of(
        new Screen("dashboard", "/admin/index.xhtml", admin -> admin.element("recent")),
        new Screen("articles", "/admin/articles.xhtml", admin -> admin.element("list:table")),
        new Screen("editor", "/admin/edit.xhtml?id=" + seed, admin -> {
          admin.richBody();
          admin.waitFor(d -> !d.findElements(By.cssSelector("[id='editor:relatedList'] .related-reasons li")).isEmpty());
        }),
        new Screen("media-picker", "/admin/edit.xhtml?id=" + seed, admin -> {
          admin.richBody();
          admin.press("editor:insertImage");
          admin.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".media-pick")));
        }),
        new Screen("new-article", "/admin/edit.xhtml", AdminPages::richBody),
        new Screen("revisions", "/admin/revisions.xhtml?id=" + revisedId, admin -> admin.text(".diff-table ins")),
        new Screen("categories", "/admin/categories.xhtml", admin -> {}),
        new Screen("tags", "/admin/tags.xhtml", admin -> {}),
        new Screen("media", "/admin/media.xhtml", admin -> admin.waitFor(d -> !d.findElements(By.cssSelector(".media-item")).isEmpty())),
        new Screen("users", "/admin/users.xhtml", admin -> {}),
        new Screen("profile", "/admin/profile.xhtml", admin -> {}),
        new Screen("settings", "/admin/settings.xhtml", admin -> {}),
        new Screen("pages", "/admin/pages.xhtml", admin -> {}),
        new Screen("page-editor", "/admin/edit.xhtml?kind=page&id=" + page, AdminPages::richBody),
        new Screen("menus", "/admin/menus.xhtml", admin -> {}),
        new Screen("recommended-posts", "/admin/related-posts.xhtml", admin -> {}),
        new Screen("import", "/admin/import.xhtml", admin -> admin.element("upload:file")),
        new Screen("import-summary", "/admin/import.xhtml", admin -> {
          admin.element("upload:file_input").sendKeys(export.toAbsolutePath().toString());
          admin.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("summary:start")));
        }),
        new Screen("import-report", "/admin/import.xhtml?id=" + imported, admin -> admin.text("#problems")));

    PolicyViolations.watch(browser);
    SoftAssertions softly = new SoftAssertions();
    for (Viewport viewport : Viewport.values()) {
      browser.viewport(viewport);
      browser.driver().manage().deleteAllCookies();
      AdminPages admin = new AdminPages(browser, site).open("/admin/login.xhtml");
      admin.element("signIn:login");
      check(softly, admin, "sign-in");
      admin.signIn(Account.admin());
      for (Screen screen : screens) {
        admin.open(screen.path());
        screen.ready().accept(admin);
        admin.waitForAjax();
        check(softly, admin, screen.name());
      }
    }
    browser.viewport(Viewport.DESKTOP);
    softly.assertAll();
  }

  @Test
  void onAPhoneTheMenuFoldsAwayBehindAButtonTheKeyboardOpensAndCloses(Browser browser) {
    String site = base.toString().replaceAll("/$", "");
    browser.driver().manage().deleteAllCookies();
    AdminPages admin = new AdminPages(browser, site).signIn(Account.admin());
    WebElement button = admin.element("adminMenuButton");
    assertThat(button.isDisplayed()).as("the menu button on a desktop").isFalse();
    assertThat(admin.element("adminNav").isDisplayed()).as("the menu on a desktop").isTrue();

    browser.viewport(Viewport.MOBILE);
    try {
      admin.open("/admin/index.xhtml");
      assertThat(admin.element("adminNav").isDisplayed()).as("the menu on a phone, folded").isFalse();
      assertThat(admin.element("adminMenuButton").getAttribute("aria-expanded")).isEqualTo("false");

      admin.press("adminMenuButton");
      assertThat(admin.element("adminMenuButton").getAttribute("aria-expanded")).isEqualTo("true");
      assertThat(admin.element("adminNav").isDisplayed()).as("the menu, opened").isTrue();
      assertThat(admin.script("return document.activeElement.closest('#adminNav') !== null;"))
          .as("the keyboard is in the opened menu").isEqualTo(true);
      browser.screenshot("admin-phone-menu-open");

      admin.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
      assertThat(admin.element("adminMenuButton").getAttribute("aria-expanded")).isEqualTo("false");
      assertThat(admin.element("adminNav").isDisplayed()).as("the menu, closed again").isFalse();
      assertThat(admin.script("return document.activeElement.id;")).isEqualTo("adminMenuButton");

      // A link of the opened menu leads to its screen.
      admin.press("adminMenuButton");
      WebElement articles = admin.all("#adminNav a").stream()
          .filter(a -> a.getAttribute("href").contains("/admin/articles.xhtml")).findFirst().orElseThrow();
      browser.navigate(() -> articles.sendKeys(Keys.ENTER), AdminPages.PATIENCE);
      assertThat(admin.currentUrl()).contains("/admin/articles.xhtml");
    } finally {
      browser.viewport(Viewport.DESKTOP);
    }
  }

  @Test
  void thePolicyRefusesAnInlineScriptAPageDidNotSign(Browser browser) {
    String site = base.toString().replaceAll("/$", "");
    browser.driver().manage().deleteAllCookies();
    PolicyViolations.watch(browser);
    AdminPages admin = new AdminPages(browser, site).signIn(Account.admin()).open("/admin/articles.xhtml");
    Object ran = admin.script("var s = document.createElement('script'); s.textContent = 'window.inkwellInjected = true;';"
        + " document.body.appendChild(s); return window.inkwellInjected === true;");
    assertThat(ran).as("an injected inline script ran").isEqualTo(false);
    List<String> refused = admin.waitFor(d -> {
      List<String> seen = PolicyViolations.seen(browser);
      return seen.isEmpty() ? null : seen;
    });
    assertThat(refused).anySatisfy(v -> assertThat(v).startsWith("script-src").contains("inline"));
  }

  /** One screen at the browser's current width: axe, the policy and its refusals, the page's width. */
  private static void check(SoftAssertions softly, AdminPages admin, String name) {
    Browser browser = admin.browser();
    String where = name + " at " + browser.viewport().width() + " px";
    browser.screenshot("admin-a11y-" + name + "-" + browser.viewport().width());

    AccessibilityReport report = Accessibility.check(browser);
    softly.assertThat(report.violations()).as(where + ": " + report).isEmpty();

    softly.assertThat(PolicyViolations.seen(browser)).as(where + ": refused by the page's policy").isEmpty();

    Map<String, List<String>> policy = directives(policyOf(admin));
    softly.assertThat(policy).as(where + ": the policy's directives").containsKeys(
        "script-src", "object-src", "base-uri", "frame-ancestors");
    softly.assertThat(policy.getOrDefault("script-src", List.of())).as(where + ": script-src")
        .contains("'self'").doesNotContain("'unsafe-inline'", "'unsafe-eval'")
        .anySatisfy(source -> assertThat(source).startsWith("'nonce-"));
    softly.assertThat(policy.get("default-src")).as(where + ": default-src").containsExactly("'self'");
    softly.assertThat(policy.get("object-src")).as(where + ": object-src").containsExactly("'none'");
    softly.assertThat(policy.get("base-uri")).as(where + ": base-uri").containsExactly("'self'");
    softly.assertThat(policy.get("frame-ancestors")).as(where + ": frame-ancestors").containsExactly("'none'");

    Object width = admin.script("return document.documentElement.scrollWidth + ' <= ' + window.innerWidth;");
    softly.assertThat((Boolean) admin.script("return document.documentElement.scrollWidth <= window.innerWidth;"))
        .as(where + ": the page scrolls sideways (" + width + "), widest: " + widest(admin)).isTrue();
  }

  /** The Content-Security-Policy the server sends for the page the browser shows. */
  private static String policyOf(AdminPages admin) {
    Object header = admin.browser().driver().executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "fetch(location.href, {credentials: 'same-origin'})"
            + ".then(function (r) { done(r.headers.get('Content-Security-Policy') || ''); })"
            + ".catch(function (e) { done('fetch failed: ' + e); });");
    return String.valueOf(header);
  }

  private static Map<String, List<String>> directives(String policy) {
    Map<String, List<String>> directives = new LinkedHashMap<>();
    for (String directive : policy.split(";")) {
      List<String> words = new ArrayList<>(Arrays.asList(directive.trim().split("\\s+")));
      if (!words.get(0).isEmpty()) {
        directives.put(words.remove(0), words);
      }
    }
    return directives;
  }

  /** For a failure message: the elements that reach furthest past the viewport's right edge. */
  private static Object widest(AdminPages admin) {
    return admin.script("var out = [];"
        + "document.querySelectorAll('body *').forEach(function (e) {"
        + "  var r = e.getBoundingClientRect();"
        + "  if (r.right > window.innerWidth + 1 && r.width > 0) {"
        + "    out.push((e.id ? '#' + e.id : e.tagName.toLowerCase() + '.' + String(e.className).split(' ')[0])"
        + "        + ' ' + Math.round(r.right));"
        + "  }"
        + "});"
        + "return out.slice(0, 8).join(', ');");
  }
}
