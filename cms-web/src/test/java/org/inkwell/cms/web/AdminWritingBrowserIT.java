package org.inkwell.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The writing side of the admin in headless Chromium against the real WAR: signing in and out,
 * the dashboard, the article list, the editor with its SEO panel, preview, publishing and
 * scheduling, autosave after a crash, revisions and edit conflicts, and what each role may do.
 * Screenshots go to {@code target/screenshots/admin-*.png}.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class AdminWritingBrowserIT {

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

  @Test
  void signInSignOutSessionExpiryAndThrottling(Browser browser) {
    AdminPages admin = new AdminPages(browser, site);
    admin.open("/admin/articles.xhtml");
    assertThat(admin.currentUrl()).contains("/admin/login.xhtml").contains("next=");

    admin.type("signIn:login", Api.ADMIN).type("signIn:password", "wrong-password").pressToNavigate("signIn:submit");
    assertThat(admin.errorAt("signIn:password")).contains("not right");

    admin.type("signIn:login", Api.ADMIN).type("signIn:password", Api.ADMIN_PASSWORD).pressToNavigate("signIn:submit");
    admin.waitFor(ExpectedConditions.urlContains("/admin/articles.xhtml"));
    browser.screenshot("admin-articles-after-sign-in");

    // A session that the server no longer knows: the next click explains and asks to sign in again.
    browser.driver().manage().deleteCookieNamed("JSESSIONID");
    browser.driver().manage().addCookie(new Cookie("JSESSIONID", "expired-" + Ids.unique(), "/"));
    admin.open("/admin/index.xhtml");
    assertThat(admin.currentUrl()).contains("/admin/login.xhtml");
    assertThat(admin.text("#expiredNotice")).contains("session expired");

    admin.signIn(Account.admin()).signOut();
    assertThat(admin.text("#signedOutNotice")).contains("signed out");
    admin.open("/admin/index.xhtml");
    assertThat(admin.currentUrl()).contains("/admin/login.xhtml");

    // Past the free failures each counted one doubles the lock-out (2, 4, 8, 16 s) and guesses
    // during a lock-out are refused uncounted. Guess until the 16 s one, so that the right password
    // arrives while it lasts however slow the machine: a count of answers, not a race with the clock.
    Account victim = Account.create(api, "author");
    java.time.Instant giveUp = java.time.Instant.now().plus(Duration.ofMinutes(3));
    int counted = 0;
    while (counted < 8) {
      assertThat(java.time.Instant.now()).as("wrong guesses counted: %d", counted).isBefore(giveUp);
      admin.type("signIn:login", victim.login()).type("signIn:password", "guess-" + Ids.unique()).pressToNavigate("signIn:submit");
      counted += signInError(admin).contains("not right") ? 1 : 0;
    }
    admin.type("signIn:login", victim.login()).type("signIn:password", victim.password()).pressToNavigate("signIn:submit");
    assertThat(admin.errorAt("signIn:login")).contains("Too many failed sign-ins");
    assertThat(admin.currentUrl()).contains("/admin/login.xhtml");
  }

  /** The message a refused sign-in shows, at whichever of its fields. */
  private static String signInError(AdminPages admin) {
    return admin.waitFor(d -> d.findElements(By.cssSelector(".ui-message-error")).stream()
        .map(WebElement::getText).filter(text -> !text.isBlank()).findFirst().orElse(null));
  }

  @Test
  void theDashboardCountsArticlesAndListsWhatNeedsAttention(Browser browser) {
    Account author = Account.create(api, "author");
    Api asAuthor = api.as(author.login(), author.password());
    String draftTitle = "Dashboard draft " + Ids.unique();
    asAuthor.post("/api/articles", "{\"title\":\"" + draftTitle + "\",\"body\":\"<p>x</p>\"}");

    AdminPages admin = new AdminPages(browser, site).signIn(author);
    assertThat(admin.text("#myDrafts")).contains(draftTitle);
    assertThat(Long.parseLong(admin.text("[data-status='DRAFT']"))).isEqualTo(1);
    assertThat(Long.parseLong(admin.text("[data-status='PUBLISHED']"))).isGreaterThan(5);

    admin.signOut().signIn(Account.admin());
    assertThat(admin.text("#recent")).isNotBlank();
    browser.screenshot("admin-dashboard");
  }

  @Test
  void theArticleListFiltersSearchesSortsAndActsOnSelectedRows(Browser browser) {
    String word = "Zebrafinch" + Ids.unique().replaceAll("[^a-z0-9]", "");
    Api asAdmin = api.asAdmin();
    long first = asAdmin.post("/api/articles", "{\"title\":\"" + word + " one\",\"body\":\"<p>x</p>\",\"status\":\"published\"}").json().getJsonNumber("id").longValue();
    long second = asAdmin.post("/api/articles", "{\"title\":\"" + word + " two\",\"body\":\"<p>x</p>\",\"status\":\"published\"}").json().getJsonNumber("id").longValue();

    AdminPages admin = new AdminPages(browser, site).signIn(Account.admin()).open("/admin/articles.xhtml");
    admin.type("list:text", word).press("list:apply");
    admin.waitFor(d -> d.findElements(By.cssSelector("#list\\:table tbody tr")).size() == 2);
    assertThat(admin.text("#list\\:table")).contains(word + " one", word + " two");
    assertThat(admin.all("#list\\:table a[href$='/" + slugOf(first) + "/']")).hasSize(1);
    browser.screenshot("admin-articles-filtered");

    // Select every row on the page, then move them to the trash.
    admin.script("PrimeFaces.getWidgetById('list:table').selectAllRows();");
    admin.press("list:bulkTrash");
    admin.success("2 articles moved to the trash");
    assertThat(status(first)).isEqualTo("trashed");
    assertThat(status(second)).isEqualTo("trashed");

    admin.select("list:status", "TRASHED").press("list:apply");
    admin.waitFor(d -> d.findElements(By.cssSelector("#list\\:table tbody tr")).size() == 2);
    admin.script("PrimeFaces.getWidgetById('list:table').selectAllRows();");
    admin.press("list:bulkRestore");
    admin.success("2 articles restored");
    assertThat(status(first)).isEqualTo("draft");

    admin.select("list:status", "DRAFT").press("list:apply");
    admin.waitFor(d -> d.findElements(By.cssSelector("#list\\:table tbody tr")).size() == 2);
    admin.script("PrimeFaces.getWidgetById('list:table').selectAllRows();");
    admin.press("list:bulkPublish");
    assertThat(status(second)).isEqualTo("published");
  }

  @Test
  void theArticleListOpensNewestFirstKeepsItsFiltersAndSortInItsAddressAndActsUnderTheTitle(Browser browser) {
    String word = "Quokka" + Ids.unique().replaceAll("[^a-z0-9]", "");
    Api asAdmin = api.asAdmin();
    long draft = asAdmin.post("/api/articles", "{\"title\":\"" + word + " draft\",\"body\":\"<p>x</p>\"}").json().getJsonNumber("id").longValue();
    long published = asAdmin.post("/api/articles", "{\"title\":\"" + word + " published\",\"body\":\"<p>x</p>\",\"status\":\"published\"}")
        .json().getJsonNumber("id").longValue();
    String seed = api.get("/api/articles?slug=how-to-pop-lower-back").array().getJsonObject(0).getString("title");

    // Newest first, as in WordPress: what was just published comes before the seed, which is on page 1.
    AdminPages admin = new AdminPages(browser, site).signIn(Account.admin()).open("/admin/articles.xhtml");
    assertThat(browser.viewport().width()).isEqualTo(1280);
    assertThat(header(admin, "Date").getAttribute("aria-sort")).isEqualTo("descending");
    List<String> titles = admin.all("#list\\:table tbody tr .row-title").stream().map(WebElement::getText).toList();
    assertThat(titles).contains(word + " published", seed);
    assertThat(titles.indexOf(word + " published")).isLessThan(titles.indexOf(seed));
    // The title column has the room it needs: the seed's title on one or two lines, not four.
    WebElement seedTitle = row(admin, seed).findElement(By.cssSelector(".row-title"));
    assertThat(((Number) admin.script("var range = document.createRange(); range.selectNodeContents(arguments[0]);"
        + " return new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top))).size;", seedTitle)).intValue())
        .as("lines of the seed's title at 1280 px").isBetween(1, 2);
    browser.screenshot("admin-articles-1280");
    // The page of the list is in the address too.
    WebElement next = admin.waitFor(d -> d.findElement(By.cssSelector("#list\\:table .ui-paginator-next")));
    browser.navigate(() -> next.click(), AdminPages.PATIENCE);
    assertThat(admin.currentUrl()).contains("paged=2");
    browser.navigate(() -> admin.driver().navigate().refresh(), AdminPages.PATIENCE);
    assertThat(admin.text("#list\\:table .ui-paginator-page.ui-state-active")).isEqualTo("2");
    assertThat(rowTitles(admin)).doesNotContain(word + " published");

    // Filters and sort are the address: reloading it or coming back to it shows the same list.
    admin.type("list:text", word).select("list:status", "DRAFT").pressToNavigate("list:apply");
    assertThat(admin.currentUrl()).contains("status=DRAFT").contains("q=" + word);
    assertThat(rowTitles(admin)).containsExactly(word + " draft — Draft");
    browser.navigate(() -> admin.driver().get(site + "/admin/articles.xhtml?q=" + word), AdminPages.PATIENCE);
    assertThat(rowTitles(admin)).containsExactly(word + " published", word + " draft — Draft");
    sortBy(admin, "Title");
    assertThat(admin.currentUrl()).contains("orderby=title").contains("order=asc").contains("q=" + word);
    assertThat(rowTitles(admin)).containsExactly(word + " draft — Draft", word + " published");
    browser.navigate(() -> admin.driver().navigate().refresh(), AdminPages.PATIENCE);
    assertThat(header(admin, "Title").getAttribute("aria-sort")).isEqualTo("ascending");
    assertThat(admin.element("list:text").getAttribute("value")).isEqualTo(word);
    assertThat(rowTitles(admin)).containsExactly(word + " draft — Draft", word + " published");
    // Back may bring the earlier page out of the browser's cache as it was: its address tells it.
    admin.driver().navigate().back();
    admin.waitFor(d -> !d.getCurrentUrl().contains("orderby") && d.getCurrentUrl().contains("q=" + word));
    admin.waitForAjax();
    assertThat(rowTitles(admin)).containsExactly(word + " published", word + " draft — Draft");
    admin.driver().navigate().back();
    admin.waitFor(ExpectedConditions.urlContains("status=DRAFT"));
    admin.waitForAjax();
    assertThat(rowTitles(admin)).containsExactly(word + " draft — Draft");
    assertThat(admin.element("list:status_input").getDomProperty("value")).isEqualTo("DRAFT");

    // Row actions under the title: shown for the row under the pointer or holding the focus.
    browser.navigate(() -> admin.driver().get(site + "/admin/articles.xhtml?q=" + word), AdminPages.PATIENCE);
    WebElement actions = row(admin, word + " published").findElement(By.cssSelector(".row-actions"));
    assertThat(actions.getCssValue("opacity")).isEqualTo("0");
    new org.openqa.selenium.interactions.Actions(admin.driver()).moveToElement(row(admin, word + " published")).perform();
    admin.waitFor(d -> "1".equals(actions.getCssValue("opacity")));
    assertThat(actions.findElement(By.cssSelector("[data-row-action='view']")).getAttribute("href")).endsWith("/" + slugOf(published) + "/");
    assertThat(row(admin, word + " draft").findElements(By.cssSelector("[data-row-action='view']"))).as("a draft has no public page").isEmpty();
    admin.press(row(admin, word + " published").findElement(By.cssSelector("[data-row-action='trash']")).getAttribute("id"));
    admin.success("1 article moved to the trash");
    assertThat(status(published)).isEqualTo("trashed");
    assertThat(rowTitles(admin)).containsExactly(word + " draft — Draft");
    String edit = row(admin, word + " draft").findElement(By.cssSelector("[data-row-action='edit']")).getAttribute("id");
    admin.script("arguments[0].focus();", admin.element(edit));
    assertThat(admin.element(edit).findElement(By.xpath("ancestor::div[contains(@class,'row-actions')]")).getCssValue("opacity"))
        .as("shown while the keyboard is on it").isEqualTo("1");
    admin.pressToNavigate(edit);
    assertThat(admin.currentUrl()).contains("id=" + draft);
    assertThat(admin.element("editor:title").getAttribute("value")).isEqualTo(word + " draft");
  }

  /** The titles of the rows shown, each with its " — Draft"-like mark. */
  private static List<String> rowTitles(AdminPages admin) {
    return admin.all("#list\\:table tbody tr .title-line").stream().map(WebElement::getText).toList();
  }

  private static WebElement row(AdminPages admin, String title) {
    return admin.waitFor(d -> d.findElements(By.cssSelector("#list\\:table tbody tr")).stream()
        .filter(tr -> tr.findElements(By.cssSelector(".row-title")).stream().anyMatch(a -> a.getText().equals(title)))
        .findFirst().orElse(null));
  }

  private static WebElement header(AdminPages admin, String text) {
    return admin.waitFor(d -> d.findElement(By.xpath("//*[@id='list:table']//thead//th[normalize-space(.)='" + text + "']")));
  }

  /** Sorts by a column from the keyboard, as its header offers; the list comes back at a new address. */
  private static void sortBy(AdminPages admin, String column) {
    WebElement th = header(admin, column);
    admin.browser().navigate(() -> {
      admin.script("arguments[0].focus();", th);
      th.sendKeys(Keys.ENTER);
    }, AdminPages.PATIENCE);
    admin.waitForAjax();
  }

  @Test
  void anEditorWritesRichTextChecksSeoPreviewsAndPublishes(Browser browser) {
    AdminPages admin = new AdminPages(browser, site).signIn(Account.admin()).open("/admin/edit.xhtml");
    String title = "How to pop lower back at your desk " + Ids.unique();
    admin.type("editor:title", title);
    admin.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("slugValue"), "how-to-pop-lower-back-at-your-desk"));

    WebElement body = admin.richBody();
    body.click();
    body.sendKeys("Why it cracks");
    new org.openqa.selenium.support.ui.Select(admin.all("[data-source='editor:body'] [data-command='block']").get(0)).selectByValue("h2");
    body.sendKeys(Keys.END, Keys.ENTER, "If you wonder how to pop lower back safely, start ");
    body.sendKeys(Keys.chord(Keys.CONTROL, "b"), "slowly", Keys.chord(Keys.CONTROL, "b"), ". ");
    body.sendKeys(Keys.ENTER, "Sit tall");
    admin.toolbar("bulletList");
    body.sendKeys(Keys.END, Keys.ENTER, "Twist gently");

    assertThat(leavingAsksFirst(admin)).as("leaving with unsaved changes asks first").isTrue();
    admin.type("editor:focusKeyphrase", "how to pop lower back");
    admin.type("editor:metaDescription", "Short.");
    admin.waitFor(d -> d.findElement(By.cssSelector("[data-check='keyphraseInTitle']")).getAttribute("data-rating").equals("GOOD"));
    admin.waitFor(d -> !d.findElement(By.cssSelector("[data-check='metaDescriptionLength']")).getAttribute("data-rating").equals("GOOD"));
    browser.screenshot("admin-editor-seo-panel");

    // A new tag is created from what was typed.
    String tag = "desk" + Ids.unique().replaceAll("[^a-z0-9]", "");
    admin.element("editor:tags_input").sendKeys(tag);
    admin.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-autocomplete-item")));
    admin.element("editor:tags_input").sendKeys(Keys.ENTER);
    admin.select("editor:category", "fitness-tips");

    admin.pressToNavigate("editor:saveDraft");
    admin.waitFor(ExpectedConditions.urlContains("/admin/edit.xhtml?id="));
    admin.success("saved");
    long id = Long.parseLong(admin.currentUrl().replaceAll(".*id=", ""));
    assertThat(leavingAsksFirst(admin)).as("nothing unsaved after saving").isFalse();
    JsonObject stored = api.asAdmin().get("/api/articles/" + id).json();
    assertThat(stored.getString("status")).isEqualTo("draft");
    assertThat(stored.getString("body"))
        .contains("<h2>Why it cracks</h2>", "<strong>slowly</strong>", "<ul><li>Sit tall</li><li>Twist gently</li></ul>")
        .doesNotContain("data-pm-");
    assertThat(stored.getJsonArray("tags").toString()).contains(tag);

    // Preview opens the page as readers will see it, while the public address is still a 404.
    admin.press("editor:preview");
    String editorWindow = browser.driver().getWindowHandle();
    admin.waitFor(d -> d.getWindowHandles().size() > 1);
    browser.driver().getWindowHandles().stream().filter(h -> !h.equals(editorWindow)).findFirst()
        .ifPresent(h -> browser.driver().switchTo().window(h));
    browser.screenshot("admin-preview-window");
    assertThat(browser.driver().getPageSource()).contains(title);
    assertThat(admin.text("article h1")).isEqualTo(title);
    browser.screenshot("admin-preview");
    browser.driver().close();
    browser.driver().switchTo().window(editorWindow);
    assertThat(api.get("/" + stored.getString("slug") + "/").status()).isEqualTo(404);

    admin.press("editor:publish");
    admin.success("is published");
    assertThat(api.get("/" + stored.getString("slug") + "/").body()).contains("Why it cracks");
    // Written to resemble the seed article: out of the way of other tests' recommendations.
    api.asAdmin().delete("/api/articles/" + id);
  }

  @Test
  void anEditorMakesAnArticleStickyAndItHeadsTheHomePageWhileAuthorsSeeNoSuchChoice(Browser browser) {
    String run = Ids.unique();
    String stuck = "Stuck on top " + run;
    String later = "Published after it " + run;
    Api asAdmin = api.asAdmin();
    long id = asAdmin.post("/api/articles", "{\"title\":\"" + stuck + "\",\"body\":\"<p>x</p>\",\"status\":\"published\"}")
        .json().getJsonNumber("id").longValue();
    asAdmin.post("/api/articles", "{\"title\":\"" + later + "\",\"body\":\"<p>y</p>\",\"status\":\"published\"}");

    AdminPages admin = new AdminPages(browser, site).signIn(Account.admin()).open("/admin/edit.xhtml?id=" + id);
    admin.script("PrimeFaces.getWidgetById('editor:sticky').check();");
    admin.press("editor:saveDraft");
    admin.success("saved");
    assertThat(asAdmin.get("/api/articles/" + id).json().getBoolean("sticky")).isTrue();
    String home = api.get("/").body();
    assertThat(home.indexOf(stuck)).isNotNegative().isLessThan(home.indexOf(later));

    Account author = Account.create(api, "author");
    long own = api.as(author.login(), author.password()).post("/api/articles", "{\"title\":\"Own " + run + "\",\"body\":\"<p>z</p>\"}")
        .json().getJsonNumber("id").longValue();
    admin.signOut().signIn(author).open("/admin/edit.xhtml?id=" + own);
    assertThat(admin.all("[id='editor:title']")).hasSize(1);
    assertThat(admin.all("[id='editor:sticky']")).as("editors choose sticky articles").isEmpty();
    asAdmin.delete("/api/articles/" + id);
  }

  @Test
  void aScheduledArticleAppearsOnThePublicSiteWhenItsTimeComes(Browser browser) {
    AdminPages admin = new AdminPages(browser, site).signIn(Account.admin()).open("/admin/edit.xhtml");
    String title = "Scheduled stretch " + Ids.unique();
    admin.type("editor:title", title);
    admin.pressToNavigate("editor:saveDraft");
    admin.waitFor(ExpectedConditions.urlContains("id="));
    String zone = admin.element("editor:publishAt_input").findElement(By.xpath("ancestor::div[contains(@class,'field')][1]//label")).getText();
    assertThat(zone).contains("UTC");
    LocalDateTime at = LocalDateTime.now(ZoneOffset.UTC).plusSeconds(40);
    admin.type("editor:publishAt_input", at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
    admin.element("editor:publishAt_input").sendKeys(Keys.TAB);
    admin.click("editor:schedule");
    admin.success("is scheduled");
    assertThat(admin.text("#currentStatus")).isEqualTo("Scheduled");
    assertThat(api.get("/feed/").body()).doesNotContain(title);

    assertThat(api.await("/feed/", r -> r.body().contains(title), Duration.ofSeconds(90)).body()).contains(title);
  }

  @Test
  void aContributorSubmitsForReviewButCannotPublish(Browser browser) {
    Account contributor = Account.create(api, "contributor");
    AdminPages admin = new AdminPages(browser, site).signIn(contributor).open("/admin/edit.xhtml");
    assertThat(admin.all("[id='editor:publish']")).isEmpty();
    assertThat(admin.all("[id='editor:schedule']")).isEmpty();
    admin.type("editor:title", "Contributed " + Ids.unique());
    admin.pressToNavigate("editor:submitForReview");
    admin.waitFor(ExpectedConditions.urlContains("id="));
    assertThat(admin.text("#currentStatus")).isEqualTo("Pending review");
    long id = Long.parseLong(admin.currentUrl().replaceAll(".*id=", ""));
    assertThat(admin.all("[id='editor:publish']")).isEmpty();
    assertThat(status(id)).isEqualTo("pending");
  }

  @Test
  void anAuthorCannotEditAnotherAuthorsArticle(Browser browser) {
    Account owner = Account.create(api, "author");
    Api asOwner = api.as(owner.login(), owner.password());
    long published = asOwner.post("/api/articles", "{\"title\":\"Mine alone " + Ids.unique() + "\",\"body\":\"<p>x</p>\",\"status\":\"published\"}")
        .json().getJsonNumber("id").longValue();
    long draft = asOwner.post("/api/articles", "{\"title\":\"My secret " + Ids.unique() + "\",\"body\":\"<p>x</p>\"}")
        .json().getJsonNumber("id").longValue();

    AdminPages admin = new AdminPages(browser, site).signIn(Account.create(api, "author")).open("/admin/edit.xhtml?id=" + published);
    assertThat(admin.pageErrors()).contains("You may not edit this article");
    assertThat(admin.all("[id='editor:title']")).isEmpty();
    admin.open("/admin/edit.xhtml?id=" + draft);
    assertThat(admin.pageErrors()).contains("There is no such article");
    assertThat(admin.all("[id='editor:title']")).isEmpty();
  }

  @Test
  void autosavedTextComesBackAfterTheBrowserCrashes() {
    Account author = Account.create(api, "author");
    long id = api.as(author.login(), author.password())
        .post("/api/articles", "{\"title\":\"Autosaved " + Ids.unique() + "\",\"body\":\"<p>Stored text.</p>\"}").json().getJsonNumber("id").longValue();
    String unsaved = "Typed but never saved " + Ids.unique();
    try (Browser crashing = Browser.start()) {
      AdminPages admin = new AdminPages(crashing, site).signIn(author).open("/admin/edit.xhtml?id=" + id);
      WebElement body = admin.richBody();
      body.click();
      body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, unsaved);
      admin.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:autosaveState"), "Autosaved at"),
          Duration.ofSeconds(75));
    } // the browser is gone without saving
    try (Browser next = Browser.start()) {
      AdminPages admin = new AdminPages(next, site).signIn(author).open("/admin/edit.xhtml?id=" + id);
      assertThat(admin.text("[id='editor:autosaveOffer']")).contains("autosave");
      admin.press("editor:restoreAutosave");
      assertThat(admin.richBody().getText()).contains(unsaved);
      admin.press("editor:saveDraft");
      assertThat(api.as(author.login(), author.password()).get("/api/articles/" + id).json().getString("body")).contains(unsaved);
    }
  }

  @Test
  void revisionsShowWhatChangedAndRestore(Browser browser) {
    Api asAdmin = api.asAdmin();
    Api.Reply created = asAdmin.post("/api/articles", "{\"title\":\"Revised " + Ids.unique() + "\",\"body\":\"<p>First words.</p><p>Kept.</p>\"}");
    long id = created.json().getJsonNumber("id").longValue();
    asAdmin.patch("/api/articles/" + id, "{\"body\":\"<p>Second words.</p><p>Kept.</p>\"}", "If-Match", created.etag());

    AdminPages admin = new AdminPages(browser, site).signIn(Account.admin()).open("/admin/revisions.xhtml?id=" + id);
    assertThat(admin.text(".diff-table del")).isEqualTo("First");
    assertThat(admin.text(".diff-table ins")).isEqualTo("Second");
    browser.screenshot("admin-revisions-diff");
    admin.press("revisions:restore");
    admin.press(admin.all(".ui-confirmdialog-yes").get(0).getAttribute("id"));
    admin.success("restored");
    JsonObject now = asAdmin.get("/api/articles/" + id).json();
    assertThat(now.getString("body")).contains("First words.");
    assertThat(asAdmin.get("/api/articles/" + id + "/revisions").array()).hasSize(2);
  }

  @Test
  void anEditConflictKeepsBothTexts(Browser browser) {
    Api.Reply created = api.asAdmin().post("/api/articles", "{\"title\":\"Shared " + Ids.unique() + "\",\"body\":\"<p>Start.</p>\"}");
    long id = created.json().getJsonNumber("id").longValue();
    Account editor = Account.create(api, "editor");
    AdminPages mine = new AdminPages(browser, site).signIn(Account.admin()).open("/admin/edit.xhtml?id=" + id);
    try (Browser other = Browser.start()) {
      AdminPages theirs = new AdminPages(other, site).signIn(editor).open("/admin/edit.xhtml?id=" + id);
      theirs.appendToBody("Their paragraph.");
      theirs.press("editor:saveDraft");
      theirs.success("saved");
    }
    mine.appendToBody("My paragraph.");
    mine.press("editor:saveDraft");
    assertThat(mine.pageErrors()).contains("Someone else saved this article");
    assertThat(mine.text("#conflictHeading")).contains("changed while you were editing");
    String editorName = api.as(editor.login(), editor.password()).get("/api/users/me").json().getString("name");
    assertThat(mine.text(".conflict")).contains(editorName + " saved another version at");
    assertThat(mine.text(".conflict .diff-table")).contains("My paragraph.", "Their paragraph.");
    assertThat(mine.richBody().getText()).contains("My paragraph.");
    browser.screenshot("admin-edit-conflict");

    mine.press("editor:loadTheirs");
    assertThat(mine.richBody().getText()).contains("Their paragraph.");
    assertThat(mine.element("editor:keptText").getAttribute("value")).contains("My paragraph.");
    assertThat(api.asAdmin().get("/api/articles/" + id).json().getString("body")).contains("Their paragraph.").doesNotContain("My paragraph.");
  }

  @Test
  void aFormPostedWithoutItsPageTokenChangesNothing(Browser browser) throws Exception {
    Account author = Account.create(api, "author");
    new AdminPages(browser, site).signIn(author).open("/admin/profile.xhtml");
    String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

    // What a forged cross-site form would send: the signed-in session, but not this page's view state.
    HttpRequest forged = HttpRequest.newBuilder(URI.create(site + "/admin/profile.xhtml"))
        .header("Cookie", "JSESSIONID=" + session)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(
            "profile=profile&profile%3Aname=Hijacked&profile%3Asave=&jakarta.faces.ViewState=forged%3A1"))
        .build();
    HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
        .send(forged, HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(302);
    assertThat(answer.headers().firstValue("Location").orElse("")).contains("/errors/expired.xhtml");
    assertThat(api.as(author.login(), author.password()).get("/api/users/me").json().getString("name")).doesNotContain("Hijacked");
  }


  /** Whether leaving the page now would ask first (the page's beforeunload handler cancels it). */
  private static boolean leavingAsksFirst(AdminPages admin) {
    return Boolean.TRUE.equals(admin.script(
        "return !window.dispatchEvent(new Event('beforeunload', {cancelable: true}));"));
  }

  private String status(long id) {
    return api.asAdmin().get("/api/articles/" + id).json().getString("status");
  }

  private String slugOf(long id) {
    return api.asAdmin().get("/api/articles/" + id).json().getString("slug");
  }
}
