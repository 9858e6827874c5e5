package org.inkwell.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.inkwell.cms.web.AdminPages.Account;
import org.inkwell.cms.web.check.Browser;
import org.inkwell.cms.web.check.BrowserExtension;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The article editor's rich text in headless Chromium against the real WAR: what is stored comes
 * back unchanged from the editor (every post of WordPress's block test data and a fixture of each
 * construct the sanitiser keeps), tables, captions and nested lists edited, the HTML view. A
 * class of its own: it writes sixty articles that other classes' lists should not see.
 * Screenshots: {@code target/screenshots/admin-editor-*.png}.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class RichTextEditorBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource URL base;

  private String site;
  private Api api;

  @BeforeEach
  void site(Browser browser) {
    site = base.toString().replaceAll("/$", "");
    api = Api.anonymous(base);
    browser.driver().manage().deleteAllCookies();
  }

  /**
   * Opening an article and pressing Update keeps its body as it was: every published post of
   * WordPress's block test data, and a fixture with each construct the sanitiser keeps.
   */
  @Test
  void openingAnArticleAndPressingUpdateKeepsItsBody(Browser browser) throws Exception {
    Api asAdmin = api.asAdmin();
    java.util.Map<Long, String> bodies = new java.util.LinkedHashMap<>();
    long constructs = createArticle(asAdmin, "Every construct " + Ids.unique(), resource("/editor/constructs.html"));
    bodies.put(constructs, asAdmin.get("/api/articles/" + constructs).json().getString("body"));
    for (WordPressExport.Post post : WordPressExport.themeTestData()) {
      long id = createArticle(asAdmin, post.title(), post.html());
      bodies.put(id, asAdmin.get("/api/articles/" + id).json().getString("body"));
    }

    AdminPages admin = new AdminPages(browser, site).signIn(Account.admin());
    java.util.List<String> changed = new java.util.ArrayList<>();
    int keptAsHtml = 0;
    for (var entry : bodies.entrySet()) {
      admin.open("/admin/edit.xhtml?id=" + entry.getKey());
      admin.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-source='editor:body'][data-mounted]")));
      keptAsHtml += ((Number) admin.script("return CmsRichEditor.of('editor:body').keptBlocks();")).intValue();
      if (entry.getKey() == constructs) {
        assertThat(admin.all(".pm-raw")).as("constructs the editor must hold as editable nodes").hasSize(2); // audio, video
        browser.screenshot("admin-editor-constructs");
      }
      admin.press("editor:saveDraft");
      admin.success("saved");
      String after = asAdmin.get("/api/articles/" + entry.getKey()).json().getString("body");
      if (!BodyEquivalence.canonical(entry.getValue()).equals(BodyEquivalence.canonical(after))) {
        changed.add(entry.getKey() + "\n--- stored\n" + entry.getValue() + "\n--- after Update\n" + after);
      }
    }
    System.out.printf("Editor round trip: %d articles opened and updated, %d changed, %d blocks kept as HTML%n",
        bodies.size(), changed.size(), keptAsHtml);
    assertThat(changed).isEmpty();
  }

  @Test
  void anEditorEditsATableCellACaptionAndNestsAList(Browser browser) throws Exception {
    Api asAdmin = api.asAdmin();
    String fixture = resource("/editor/constructs.html");
    String table = fixture.substring(fixture.indexOf("<table"), fixture.indexOf("</table>") + 8);
    String figure = fixture.substring(fixture.indexOf("<figure class=\"wp-block-image aligncenter\">"), fixture.indexOf("</figure>") + 9);
    long id = createArticle(asAdmin, "Tables " + Ids.unique(), "<p>Intro.</p>" + table + figure + "<p>End.</p>");

    AdminPages admin = new AdminPages(browser, site).signIn(Account.admin()).open("/admin/edit.xhtml?id=" + id);
    WebElement body = admin.richBody();
    WebElement squat = body.findElement(By.xpath(".//th[normalize-space()='Squat']"));
    squat.click();
    squat.sendKeys(Keys.END, " (back)");
    WebElement caption = body.findElement(By.cssSelector("p[data-pm-caption]"));
    caption.click();
    caption.sendKeys(Keys.END, ", edited");
    WebElement figcaption = body.findElement(By.cssSelector("figcaption"));
    figcaption.click();
    figcaption.sendKeys(Keys.END, " and more");

    // A new table from the toolbar, filled from the keyboard, with a row added.
    body.findElement(By.xpath(".//p[normalize-space()='End.']")).click();
    body.sendKeys(Keys.END);
    admin.toolbar("table");
    body.sendKeys("Exercise", Keys.TAB, "Sets");
    admin.toolbar("addRow");
    // A nested list typed with Tab to indent.
    body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, "Warm up");
    admin.toolbar("bulletList");
    body.sendKeys(Keys.ENTER, Keys.TAB, "Five minutes");
    browser.screenshot("admin-editor-table-figure");

    admin.press("editor:saveDraft");
    admin.success("saved");
    String stored = asAdmin.get("/api/articles/" + id).json().getString("body");
    assertThat(stored)
        .contains("<caption>Table caption with <em>emphasis, edited</em></caption>", "<th scope=\"row\">Squat (back)</th>",
            "<thead>", "<tfoot>", "<col span=\"2\" />", "<td colspan=\"2\">Bench press, both</td>",
            "<figcaption>A figure with a <a href=\"/gear/\" rel=\"noopener\">caption link</a> and more</figcaption>",
            "<th>Exercise</th><th>Sets</th>", "<ul><li>Warm up<ul><li>Five minutes</li></ul></li></ul>")
        .doesNotContain("data-pm-", "<td><p>");
    assertThat(stored.split("<tr>", -1)).as("rows: 5 of the fixture's, 3 and an added one of the new table").hasSize(1 + 5 + 4);
  }

  @Test
  void theHtmlViewEditsTheSourceAndWarnsOfWhatSavingRemoves(Browser browser) {
    long id = createArticle(api.asAdmin(), "Source " + Ids.unique(), "<p>Rich <strong>text</strong>.</p>");
    AdminPages admin = new AdminPages(browser, site).signIn(Account.admin()).open("/admin/edit.xhtml?id=" + id);
    admin.richBody();
    admin.toolbar("source");
    WebElement source = admin.element("editor:body");
    admin.waitFor(ExpectedConditions.visibilityOf(source));
    assertThat(source.getAttribute("value")).isEqualTo("<p>Rich <strong>text</strong>.</p>");
    source.clear();
    source.sendKeys("<p style=\"color:red\">Typed as HTML</p><script>alert(1)</script>"
        + "<dl><dt>Rep</dt><dd>One movement</dd></dl>");
    source.sendKeys(Keys.TAB); // leaving the field tells the page it changed
    admin.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:bodyWarnings"), "<script>"));
    assertThat(admin.text("[id='editor:bodyWarnings']")).contains("style=\"…\" on <p>");
    browser.screenshot("admin-editor-html-view");

    admin.toolbar("source");
    admin.waitFor(ExpectedConditions.textToBePresentInElement(admin.richBody(), "One movement"));
    assertThat(admin.richBody().findElements(By.cssSelector("dl dd"))).hasSize(1);
    admin.press("editor:saveDraft");
    admin.success("saved");
    assertThat(api.asAdmin().get("/api/articles/" + id).json().getString("body"))
        .isEqualTo("<p>Typed as HTML</p><dl><dt>Rep</dt><dd>One movement</dd></dl>");
  }

  private static long createArticle(Api as, String title, String body) {
    String json = jakarta.json.Json.createObjectBuilder().add("title", title).add("body", body).build().toString();
    Api.Reply created = as.post("/api/articles", json);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private static String resource(String name) throws java.io.IOException {
    try (java.io.InputStream in = AdminWritingBrowserIT.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
