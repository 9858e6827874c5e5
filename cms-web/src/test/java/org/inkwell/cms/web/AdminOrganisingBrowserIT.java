package org.inkwell.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
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
 * The organising side of the admin in headless Chromium against the real WAR: categories, tags,
 * the media library, users and profiles, the site's settings and menus, pages in their tree and
 * their editor, the WordPress import. Screenshots go to {@code target/screenshots/admin-*.png}.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class AdminOrganisingBrowserIT {

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
  void categoriesAreAddedRenamedMovedAndDeletedWithTheirArticlesMoved(Browser browser) {
    String name = "Kettlebells " + Ids.unique();
    AdminPages admin = new AdminPages(browser, site).signIn(Account.admin()).open("/admin/categories.xhtml");

    admin.type("categories:newSlug", "Not A Slug!").type("categories:newName", name).press("categories:add");
    assertThat(admin.errorAt("categories:newSlug")).contains("lower-case letters");

    admin.type("categories:newSlug", "").select("categories:newParent", "fitness-tips").press("categories:add");
    admin.success(name);
    String slug = slugOf(name);
    assertThat(slug).isNotNull();
    assertThat(admin.text("#tree\\:rows")).contains("— " + name);
    long article = api.asAdmin().post("/api/articles", "{\"title\":\"Swing " + Ids.unique() + "\",\"body\":\"<p>x</p>\",\"category\":\"" + slug + "\"}")
        .json().getJsonNumber("id").longValue();

    pressRowButton(admin, name, "Edit");
    admin.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("editCategory:name")));
    admin.type("editCategory:name", name + " and clubs").select("editCategory:parent", "yoga").press("editCategory:save");
    admin.success("and clubs");
    assertThat(api.get("/api/categories").body()).contains("\"parent\":\"yoga\"");
    browser.screenshot("admin-categories");

    pressRowButton(admin, name + " and clubs", "Delete");
    admin.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("deleteCategory:confirmDelete")));
    admin.select("deleteCategory:reassignTo", "fitness-tips").press("deleteCategory:confirmDelete");
    admin.success("deleted");
    assertThat(api.asAdmin().get("/api/articles/" + article).json().getJsonObject("category").getString("slug")).isEqualTo("fitness-tips");
  }

  @Test
  void tagsAreRenamedMergedAndDeleted(Browser browser) {
    String unique = Ids.unique().replaceAll("[^a-z0-9]", "");
    Api asAdmin = api.asAdmin();
    long article = asAdmin.post("/api/articles", "{\"title\":\"Tagged " + unique + "\",\"body\":\"<p>x</p>\",\"tags\":[\"stretch" + unique + "\",\"stretching" + unique + "\"]}")
        .json().getJsonNumber("id").longValue();
    AdminPages admin = new AdminPages(browser, site).signIn(Account.admin()).open("/admin/tags.xhtml");

    pressRowButton(admin, "stretching" + unique, "Rename");
    admin.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("renameTag:name")));
    admin.type("renameTag:name", "Stretching " + unique).type("renameTag:slug", "stretching-" + unique).press("renameTag:save");
    admin.success("Stretching " + unique);

    long source = tagId("stretch" + unique);
    long target = tagId("stretching-" + unique);
    admin.script("document.querySelector(\"input[type=checkbox][name='tags:sources'][value='" + source + "']\").checked = true;");
    admin.select("tags:mergeInto", Long.toString(target)).press("tags:merge");
    admin.success("merged into");
    assertThat(asAdmin.get("/api/articles/" + article).json().getJsonArray("tags").toString())
        .contains("stretching-" + unique).doesNotContain("\"stretch" + unique + "\"");
    browser.screenshot("admin-tags");

    pressRowButton(admin, "Stretching " + unique, "Delete");
    admin.press(admin.all(".ui-confirmdialog-yes").get(0).getAttribute("id"));
    admin.success("deleted");
    assertThat(asAdmin.get("/api/articles/" + article).json().getJsonArray("tags")).isEmpty();
  }

  @Test
  void imagesAreUploadedDescribedPickedAndANonImageIsRefused(Browser browser) throws IOException {
    Path image = picture("squat-" + Ids.unique() + ".png", 1600, 900);
    Path fake = Files.writeString(Browser.SCREENSHOTS.getParent().resolve("not-an-image.png"), "this is plain text");
    AdminPages admin = new AdminPages(browser, site).signIn(Account.admin()).open("/admin/media.xhtml");

    admin.element("upload:files_input").sendKeys(image.toString());
    admin.success("1600 × 900");
    admin.open("/admin/media.xhtml");
    admin.element("upload:files_input").sendKeys(fake.toString());
    assertThat(admin.pageErrors()).contains("not-an-image.png").contains("not an image");
    admin.type("library:search", image.getFileName().toString().replace(".png", "")).press("library:find");
    admin.waitFor(d -> d.findElements(By.cssSelector(".media-open")).size() == 1);
    browser.screenshot("admin-media-library");

    admin.press(admin.all(".media-open").get(0).getAttribute("id"));
    admin.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("mediaDetails:altText")));
    assertThat(admin.text("#variants")).contains("thumbnail 150 × 150", "large 1024 × 576");
    admin.type("mediaDetails:altText", "A deep squat").type("mediaDetails:caption", "Keep the heels down").press("mediaDetails:describe");
    admin.success("saved");
    String variant = admin.all("#variants a").get(0).getAttribute("href");
    Api.Reply served = api.get(variant.replace(site, ""));
    assertThat(served.status()).isEqualTo(200);
    assertThat(served.contentType()).isEqualTo("image/png");
    assertThat(served.header("Cache-Control").orElse("")).contains("max-age=31536000", "immutable");

    // The editor picks the image for the article text; its alternative text comes along.
    admin.open("/admin/edit.xhtml");
    admin.type("editor:title", "Pictured " + Ids.unique());
    admin.script("CmsRichEditor.of('editor:body').editor.commands.focus('start');");
    admin.press("editor:insertImage");
    admin.type("picker:search", image.getFileName().toString().replace(".png", "")).press("picker:find");
    admin.waitFor(d -> d.findElements(By.cssSelector(".media-pick")).size() == 1);
    admin.script("arguments[0].click();", admin.all(".media-pick").get(0));
    admin.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("mediaPickerDialog")));
    admin.waitFor(d -> !admin.richBody().findElements(By.cssSelector("img")).isEmpty());
    admin.clickToNavigate("editor:saveDraft");
    admin.waitFor(ExpectedConditions.urlContains("id="));
    long id = Long.parseLong(admin.currentUrl().replaceAll(".*id=", ""));
    assertThat(api.asAdmin().get("/api/articles/" + id).json().getString("body")).contains("alt=\"A deep squat\"").contains("/media/uploads/");
  }

  @Test
  void anAdministratorManagesUsersAndEveryoneTheirProfile(Browser browser) {
    String login = "writer" + Ids.unique().replaceAll("[^a-z0-9]", "");
    AdminPages admin = new AdminPages(browser, site).signIn(Account.admin()).open("/admin/users.xhtml");

    admin.type("users:login", login).type("users:name", "New Writer").type("users:password", "short").press("users:add");
    assertThat(admin.errorAt("users:password")).isNotBlank();
    admin.type("users:password", "a-long-enough-password-1").select("users:role", "CONTRIBUTOR").press("users:add");
    admin.success(login);
    assertThat(admin.text("#users\\:rows")).contains(login);
    browser.screenshot("admin-users");

    admin.signOut().signIn(new Account(login, "a-long-enough-password-1"));
    assertThat(admin.all("a[href*='/admin/users']")).isEmpty();
    admin.open("/admin/users.xhtml");
    assertThat(admin.text("h1")).contains("Not allowed");

    admin.open("/admin/profile.xhtml");
    admin.type("profile:name", "Renamed Writer").type("profile:bio", "Writes about mobility.").press("profile:save");
    admin.success("profile is saved");
    admin.type("password:current", "wrong").type("password:next", "another-long-password-2").press("password:change");
    assertThat(admin.errorAt("password:current")).isNotBlank();
    admin.type("password:current", "a-long-enough-password-1").type("password:next", "another-long-password-2").press("password:change");
    admin.success("password is changed");

    admin.signOut().signIn(Account.admin()).open("/admin/users.xhtml");
    pressRowButton(admin, login, "Deactivate");
    admin.success("deactivated");
    admin.signOut();
    admin.type("signIn:login", login).type("signIn:password", "another-long-password-2").pressToNavigate("signIn:submit");
    assertThat(admin.errorAt("signIn:password")).contains("deactivated");
  }

  @Test
  void theRecommendedPostsPanelExplainsPicksTakesPinsAndTheSettingsRebuild(Browser browser) {
    long seed = api.get("/api/articles?slug=how-to-pop-lower-back").array().getJsonObject(0).getJsonNumber("id").longValue();
    long demoPin = api.get("/api/articles?slug=can-you-build-muscle-in-a-calorie-deficit").array().getJsonObject(0)
        .getJsonNumber("id").longValue();
    String curation = "/api/articles/" + seed + "/related/curation";
    api.await("/api/articles/" + seed + "/related", r -> r.status() == 200, java.time.Duration.ofSeconds(60));
    String demoCuration = api.asAdmin().get(curation).body();
    AdminPages admin = new AdminPages(browser, site).signIn(Account.admin()).open("/admin/edit.xhtml?id=" + seed);
    try {
      admin.waitFor(d -> d.findElements(By.cssSelector("[id='editor:relatedList'] .related-reasons li")).size() > 0);
      assertThat(admin.text("[id='editor:relatedList']")).contains("pinned by an editor")
          .containsAnyOf("same category", "shared tag", "text");
      assertThat(admin.text("[id='editor:pinnedTable']")).as("the demo content's pin")
          .contains("Can You Build Muscle In A Calorie Deficit?");

      admin.element("editor:relatedSearch_input").sendKeys("yoga");
      admin.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='editor:relatedSearch_panel'] .ui-autocomplete-item")));
      String pinned = admin.all("[id='editor:relatedSearch_panel'] .ui-autocomplete-item").get(0).getText().replaceAll(" \\(.*$", "");
      admin.script("arguments[0].click();", admin.all("[id='editor:relatedSearch_panel'] .ui-autocomplete-item").get(0));
      admin.waitForAjax();
      admin.waitFor(d -> admin.text("[id='editor:pinnedTable']").contains(pinned));
      assertThat(api.asAdmin().get(curation).json().getJsonArray("pinned")).as("after the demo's pin").hasSize(2);

      admin.press("editor:pinnedTable:1:moveUp");
      admin.waitFor(d -> admin.text("[id='editor:pinnedTable'] tbody tr:first-child").contains(pinned));
      assertThat(api.asAdmin().get(curation).json().getJsonArray("pinned").getJsonNumber(1).longValue()).isEqualTo(demoPin);
      admin.waitFor(d -> d.findElements(By.cssSelector("[id='editor:relatedPreview'] .related-card")).size() > 0
          && d.findElements(By.cssSelector("[id='editor:relatedPreview'] .related-card")).get(0).getText().contains(pinned),
          java.time.Duration.ofSeconds(20));
      browser.screenshot("admin-recommended-posts-panel");
    } finally {
      // Back to the demo content's pin, as the other tests of this class expect the demo site.
      api.asAdmin().put(curation, demoCuration);
    }

    admin.open("/admin/related-posts.xhtml");
    String generation = admin.text("[id='relatedStatus:liveGeneration']");
    admin.press("relatedStatus:rebuild");
    admin.waitFor(d -> !admin.text("[id='relatedStatus:liveGeneration']").equals(generation), java.time.Duration.ofSeconds(60));
    browser.screenshot("admin-recommended-posts-settings");
  }

  @Test
  void anAdministratorRenamesTheSiteAfterABadAddressIsShownAtItsField(Browser browser) {
    String title = "Hubz Weekly " + Ids.unique();
    AdminPages admin = new AdminPages(browser, site).signIn(Account.admin()).open("/admin/settings.xhtml");
    assertThat(admin.element("settings:name").getAttribute("value")).isEqualTo("Fitness Hubz");
    assertThat(admin.text("#settings\\:socialImage_label")).contains("social-image");

    try {
      admin.type("settings:name", title).type("settings:address", "fitness hubz dot com").press("settings:save");
      assertThat(admin.errorAt("settings:address")).contains("absolute http or https address");
      assertThat(api.get("/api/site").json().getString("name")).isEqualTo("Fitness Hubz");

      admin.type("settings:address", "").select("settings:timeZone", "Europe/Paris").press("settings:save");
      admin.success("Settings saved");
      browser.screenshot("admin-settings");

      assertThat(api.get("/api/site").json().getString("timeZone")).isEqualTo("Europe/Paris");
      browser.open(site + "/");
      assertThat(browser.driver().getTitle()).isEqualTo(title);
      assertThat(browser.driver().findElement(By.cssSelector(".site-title")).getText()).isEqualTo(title);
    } finally {
      // The other tests of this class expect the demo site's settings.
      api.asAdmin().patch("/api/site", "{\"name\":\"Fitness Hubz\",\"timeZone\":null}");
    }
  }

  @Test
  void otherRolesNeitherSeeNorOpenTheSettingsOrMenusScreens(Browser browser) {
    AdminPages editor = new AdminPages(browser, site).signIn(Account.create(api, "editor")).open("/admin/index.xhtml");
    assertThat(editor.all(".admin-nav a[href*='settings'], .admin-nav a[href*='menus']")).isEmpty();

    editor.open("/admin/settings.xhtml");
    assertThat(editor.text("h1")).isEqualTo("Not allowed");
    assertThat(editor.all("#settings\\:name")).isEmpty();
    editor.open("/admin/menus.xhtml");
    assertThat(editor.text("h1")).isEqualTo("Not allowed");
    assertThat(editor.all("#menu\\:save")).isEmpty();
  }

  @Test
  void anAdministratorArrangesTheHeaderMenuWithADropdownAndABadAddressIsShownAtItsItem(Browser browser) {
    String run = Ids.unique();
    Api asAdmin = api.asAdmin();
    String demoMenu = api.get("/api/menus/header").body();
    JsonObject page = asAdmin.post("/api/pages", "{\"title\":\"Timetable " + run + "\",\"status\":\"published\"}").json();
    String shop = "Shop " + run;
    String shopUrl = "https://shop.example.com/" + run + "/";

    AdminPages admin = new AdminPages(browser, site).signIn(Account.admin());
    try {
      admin.pressToNavigate("menusLink");
      assertThat(admin.text("h1")).isEqualTo("Menus");
      assertThat(labels(admin)).filteredOn(l -> !l.startsWith(" ")).containsExactly("Fitness", "Nutrition", "Wellness", "About");

      admin.select("menu:page", Long.toString(page.getJsonNumber("id").longValue())).press("menu:addPage");
      admin.success("is added");
      admin.type("menu:linkUrl", shopUrl).type("menu:linkLabel", shop).press("menu:addLink");
      admin.success(shop);
      assertThat(labels(admin)).endsWith("About", "  Our Authors", "Timetable " + run, shop);
      // An article is found by words of its title; this one is removed again.
      admin.element("menu:article_input").sendKeys("lower back");
      WebElement suggestion = admin.waitFor(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector("[id='menu:article_panel'] .ui-autocomplete-item")));
      String article = suggestion.getText();
      admin.script("arguments[0].click();", suggestion);
      admin.waitForAjax();
      admin.success(article);
      assertThat(labels(admin)).endsWith(shop, article);
      admin.press(menuButton(admin, article, "remove"));
      assertThat(labels(admin)).endsWith("Timetable " + run, shop);

      // The page goes under About, its dropdown; the link moves up past About and its page.
      admin.press(menuButton(admin, "Timetable " + run, "nest"));
      assertThat(labels(admin)).endsWith("About", "  Our Authors", "  Timetable " + run, shop);
      admin.press(menuButton(admin, shop, "up"));
      assertThat(labels(admin)).endsWith("Wellness", "  Sleep", "  Recovery", "  Yoga", shop, "About", "  Our Authors", "  Timetable " + run);
      // The focus followed the link to its Move up button, to move it on from the keyboard.
      assertThat(admin.script("return document.activeElement.id;")).isEqualTo(menuButton(admin, shop, "up"));
      assertThat(api.get("/api/menus/header").body()).as("nothing stored before Save").isEqualTo(demoMenu);

      admin.press("menu:save");
      admin.success("Header menu saved");
      browser.screenshot("admin-menus");
      JsonObject stored = api.get("/api/menus/header").json();
      assertThat(stored.getJsonArray("items").getJsonObject(3).getString("url")).isEqualTo(shopUrl);
      assertThat(stored.getJsonArray("items").getJsonObject(4).getJsonArray("children").getJsonObject(1).getString("url"))
          .isEqualTo(page.getString("path"));

      browser.open(site + "/");
      List<String> header = browser.driver().findElements(By.cssSelector(".site-nav > ul > li")).stream()
          .map(li -> li.findElement(By.cssSelector(":scope > a, :scope > details > summary")).getText())
          .toList();
      assertThat(header).containsExactly("Fitness", "Nutrition", "Wellness", shop, "About");
      WebElement about = browser.driver().findElements(By.cssSelector(".site-nav li.has-dropdown")).stream()
          .filter(li -> li.findElement(By.cssSelector("summary")).getText().equals("About")).findFirst().orElseThrow();
      assertThat(about.findElements(By.cssSelector(".dropdown a")).stream().map(a -> a.getAttribute("textContent")))
          .endsWith("Our Authors", "Timetable " + run);

      // An address that would run a script is refused at its item, and the saved menu stays.
      admin.open("/admin/menus.xhtml");
      String urlInput = menuItem(admin, shop).findElement(By.cssSelector("input[id$=':url']")).getAttribute("id");
      admin.type(urlInput, "javascript:alert(1)").press("menu:save");
      assertThat(admin.errorAt(urlInput)).contains("http(s) address");
      assertThat(api.get("/api/menus/header").json()).isEqualTo(stored);
    } finally {
      // The site's other pages are tested with the demo menu.
      assertThat(asAdmin.put("/api/menus/header", demoMenu).status()).isEqualTo(200);
    }
  }

  @Test
  void menuItemsAreDraggedIntoPlaceAndUnderAnotherAndLeavingBeforeSaveAsksFirst(Browser browser) {
    Api asAdmin = api.asAdmin();
    String demoMenu = api.get("/api/menus/header").body();
    AdminPages admin = new AdminPages(browser, site).signIn(Account.admin());
    // Tall enough for the whole menu: a drag goes from one item to another without scrolling.
    browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
        java.util.Map.of("width", 1280, "height", 2400, "deviceScaleFactor", 1, "mobile", false));
    try {
      admin.open("/admin/menus.xhtml");
      assertThat(labels(admin)).filteredOn(l -> !l.startsWith(" ")).containsExactly("Fitness", "Nutrition", "Wellness", "About");
      assertThat(leavingAsks(admin)).as("nothing changed yet").isFalse();

      // About, with the page under it, goes first: dropped on the upper half of Fitness, at its left.
      drag(admin, "About", "Fitness", 15, false);
      assertThat(labels(admin)).startsWith("About", "  Our Authors", "Fitness");
      // Nutrition goes under About: dropped below Our Authors, to the right of the list's edge.
      drag(admin, "Nutrition", "Our Authors", 20, true);
      assertThat(labels(admin)).startsWith("About", "  Our Authors", "  Nutrition", "Fitness");
      assertThat(api.get("/api/menus/header").body()).as("nothing stored before Save").isEqualTo(demoMenu);
      assertThat(leavingAsks(admin)).as("leaving with the menu not saved").isTrue();

      admin.press("menu:save");
      admin.success("Header menu saved");
      browser.screenshot("admin-menus-dragged");
      JsonObject about = api.get("/api/menus/header").json().getJsonArray("items").getJsonObject(0);
      assertThat(about.getString("label")).isEqualTo("About");
      assertThat(about.getJsonArray("children").stream().map(c -> c.asJsonObject().getString("label")))
          .containsExactly("Our Authors", "Nutrition");
      assertThat(leavingAsks(admin)).as("saved").isFalse();
      admin.type(menuItem(admin, "Fitness").findElement(By.cssSelector("input[id$=':label']")).getAttribute("id"), "Fitness and more");
      assertThat(leavingAsks(admin)).as("a label typed, not saved").isTrue();
    } finally {
      browser.viewport(browser.viewport());
      // The site's other pages are tested with the demo menu.
      assertThat(asAdmin.put("/api/menus/header", demoMenu).status()).isEqualTo(200);
    }
  }

  /**
   * Drags a menu item by its handle onto another with the mouse: Selenium's Actions, which drive
   * Chromium's own HTML5 drag and drop. The drop lands {@code fromLeft} pixels right of the target's
   * left edge, in its lower or upper half.
   */
  private static void drag(AdminPages admin, String label, String onto, int fromLeft, boolean lowerHalf) {
    WebElement handle = menuItem(admin, label).findElement(By.cssSelector("[data-reorder-handle]"));
    WebElement target = menuItem(admin, onto);
    admin.script("arguments[0].scrollIntoView({block: 'center'});", target);
    org.openqa.selenium.Dimension size = target.getSize();
    new org.openqa.selenium.interactions.Actions(admin.driver())
        .clickAndHold(handle)
        .moveByOffset(5, 5)
        .moveToElement(target, -size.getWidth() / 2 + fromLeft, (lowerHalf ? 1 : -1) * size.getHeight() / 4)
        .moveByOffset(1, 1)
        .release()
        .perform();
    admin.waitForAjax();
  }

  /** Whether leaving the page now would ask first: its beforeunload handler cancels the event. */
  private static boolean leavingAsks(AdminPages admin) {
    return Boolean.TRUE.equals(admin.script(
        "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;"));
  }

  @Test
  void aPageIsWrittenUnderAParentSeenAtItsAddressAndMovedAmongItsSiblings(Browser browser) {
    String run = Ids.unique();
    Api asAdmin = api.asAdmin();
    JsonObject parent = asAdmin.post("/api/pages", "{\"title\":\"Studio " + run + "\",\"status\":\"published\"}").json();
    long parentId = parent.getJsonNumber("id").longValue();
    long sibling = asAdmin.post("/api/pages", "{\"title\":\"Aaa timetable " + run + "\",\"status\":\"published\",\"parent\":" + parentId + "}")
        .json().getJsonNumber("id").longValue();
    String title = "Zzz prices " + run;

    AdminPages admin = new AdminPages(browser, site).signIn(Account.admin()).open("/admin/pages.xhtml");
    admin.pressToNavigate("newPage");
    assertThat(admin.text("h1")).isEqualTo("New page");
    assertThat(admin.all("[id='editor:category'], [id='editor:tags'], [id='editor:excerpt'], [id='editor:publishAt']")).isEmpty();
    admin.type("editor:title", title);
    admin.select("editor:parent", Long.toString(parentId));
    // What picking it would send: the address follows the parent.
    admin.script("PrimeFaces.getWidgetById('editor:parent').triggerChange();");
    admin.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:slugPreview"), "/" + parent.getString("slug") + "/zzz-prices-"));
    WebElement body = admin.richBody();
    body.click();
    body.sendKeys("A class costs ten pounds.");
    admin.waitFor(d -> !d.findElement(By.cssSelector("[data-check='textLength']")).getText().contains(" 0 words"));
    browser.screenshot("admin-page-editor");
    admin.pressToNavigate("editor:publish");
    admin.waitFor(ExpectedConditions.urlContains("kind=page"));
    admin.success("is published");
    long id = Long.parseLong(admin.currentUrl().replaceAll(".*id=(\\d+).*", "$1"));
    JsonObject stored = asAdmin.get("/api/pages/" + id).json();
    assertThat(stored.getJsonNumber("parent").longValue()).isEqualTo(parentId);
    assertThat(api.get(stored.getString("path")).body()).contains(title, "A class costs ten pounds.");
    assertThat(admin.text("#editor\\:viewPublic")).isEqualTo("View the page");
    assertThat(admin.text("#editor\\:slugPreview")).contains("/" + parent.getString("slug") + "/" + stored.getString("slug") + "/");

    // The list shows the tree: the parent, then its children by order and title.
    admin.open("/admin/pages.xhtml");
    assertThat(inListOrder(admin, title, "Aaa timetable " + run, "Studio " + run))
        .containsExactly("Studio " + run, "Aaa timetable " + run, title);
    browser.screenshot("admin-pages");

    pressRowButton(admin, title, "Up");
    admin.success("moved");
    assertThat(inListOrder(admin, "Aaa timetable " + run, title)).containsExactly(title, "Aaa timetable " + run);
    assertThat(api.get("/api/pages?parent=" + parentId).array().stream().map(p -> p.asJsonObject().getJsonNumber("id").longValue()))
        .containsExactly(id, sibling);
    // Now first among its siblings, it can only go down: the focus is on that button, to go on from the keyboard.
    assertThat(admin.script("return document.activeElement.getAttribute('data-move');")).isEqualTo("down-" + id);
    admin.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
    admin.waitForAjax();
    assertThat(inListOrder(admin, "Aaa timetable " + run, title)).containsExactly("Aaa timetable " + run, title);
    // Dragged by its handle with the mouse onto the upper half of its sibling, it goes before it
    // (in a window tall enough for the whole list, so that nothing scrolls during the drag).
    browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
        java.util.Map.of("width", 1280, "height", 2400, "deviceScaleFactor", 1, "mobile", false));
    try {
      WebElement handle = pageRow(admin, title).findElement(By.cssSelector("[data-reorder-handle]"));
      WebElement siblingRow = pageRow(admin, "Aaa timetable " + run);
      new org.openqa.selenium.interactions.Actions(admin.driver())
          .clickAndHold(handle).moveByOffset(5, 5)
          .moveToElement(siblingRow, 0, -siblingRow.getSize().getHeight() / 4).moveByOffset(1, 1)
          .release().perform();
      admin.waitForAjax();
      admin.waitFor(d -> inListOrder(admin, "Aaa timetable " + run, title).equals(List.of(title, "Aaa timetable " + run)));
    } finally {
      browser.viewport(browser.viewport());
    }
    assertThat(api.get("/api/pages?parent=" + parentId).array().stream().map(p -> p.asJsonObject().getJsonNumber("id").longValue()))
        .containsExactly(id, sibling);
    browser.screenshot("admin-pages-dragged");

    pressRowButton(admin, title, "Trash");
    admin.success("moved to the trash");
    assertThat(asAdmin.get("/api/pages/" + id).json().getString("status")).isEqualTo("trashed");
    assertThat(api.get(stored.getString("path")).status()).isEqualTo(404);
  }

  @Test
  void aPageIsEditedWithRevisionsPreviewConflictsAndAutosaveAsArticlesAre(Browser browser) {
    String run = Ids.unique();
    Api asAdmin = api.asAdmin();
    long parentId = asAdmin.post("/api/pages", "{\"title\":\"Help " + run + "\",\"status\":\"published\"}").json().getJsonNumber("id").longValue();
    JsonObject created = asAdmin.post("/api/pages",
        "{\"title\":\"Opening hours " + run + "\",\"body\":\"<p>Mondays.</p>\",\"parent\":" + parentId + "}").json();
    long id = created.getJsonNumber("id").longValue();
    String editor = "/admin/edit.xhtml?kind=page&id=" + id;

    AdminPages mine = new AdminPages(browser, site).signIn(Account.admin()).open(editor);
    assertThat(mine.text("h1")).isEqualTo("Edit page");
    mine.appendToBody("Tuesdays too.");
    mine.press("editor:saveDraft");
    mine.success("saved");
    mine.pressToNavigate("editor:revisionsLink");
    assertThat(mine.currentUrl()).contains("kind=page");
    assertThat(mine.all("[id='revisions:list'] .ui-selectlistbox-item")).hasSize(1);
    assertThat(mine.text(".diff-table ins")).contains("Tuesdays");
    mine.pressToNavigate("revisions:back");

    // The preview is the public page template: breadcrumbs from its parent, no article byline.
    mine.press("editor:preview");
    String editorWindow = browser.driver().getWindowHandle();
    mine.waitFor(d -> d.getWindowHandles().size() > 1);
    browser.driver().getWindowHandles().stream().filter(h -> !h.equals(editorWindow)).findFirst()
        .ifPresent(h -> browser.driver().switchTo().window(h));
    assertThat(mine.text("article.page h1")).isEqualTo("Opening hours " + run);
    assertThat(mine.text("nav.breadcrumbs")).contains("Help " + run);
    assertThat(mine.all(".post-meta, .post-category")).isEmpty();
    browser.screenshot("admin-page-preview");
    browser.driver().close();
    browser.driver().switchTo().window(editorWindow);
    assertThat(api.get(created.getString("path")).status()).as("still a draft").isEqualTo(404);

    try (Browser other = Browser.start()) {
      AdminPages theirs = new AdminPages(other, site).signIn(Account.create(api, "editor")).open(editor);
      theirs.appendToBody("Their line.");
      theirs.press("editor:saveDraft");
      theirs.success("saved");
    }
    mine.appendToBody("My line.");
    mine.press("editor:saveDraft");
    assertThat(mine.pageErrors()).contains("Someone else saved this page");
    assertThat(mine.text(".conflict .diff-table")).contains("My line.", "Their line.");
    mine.press("editor:loadTheirs");
    assertThat(mine.richBody().getText()).contains("Their line.");

    // The text set aside is autosaved: the page offers it when opened again.
    mine.open(editor);
    assertThat(mine.text("[id='editor:autosaveOffer']")).contains("autosave of this page");
    mine.press("editor:restoreAutosave");
    assertThat(mine.richBody().getText()).contains("My line.");
  }

  @Test
  void anAdministratorImportsAWordPressFileGivingAnAuthorToAnExistingUserAndReadsTheReport(Browser browser) throws IOException {
    String run = Ids.unique().replaceAll("[^a-z0-9]", "");
    Account captain = Account.create(api, "editor");
    long captainId = api.asAdmin().get("/api/users").array().stream().map(v -> v.asJsonObject())
        .filter(u -> u.getString("login").equals(captain.login())).mapToLong(u -> u.getJsonNumber("id").longValue())
        .findFirst().orElseThrow();
    Path uploads = Files.createDirectories(Browser.SCREENSHOTS.getParent().resolve("uploads"));
    Path export = Files.writeString(uploads.resolve("harbour-log-" + run + ".xml"), harbourLog(run));
    Path notAnExport = Files.writeString(uploads.resolve("not-an-export.xml"), "<html><body>Our harbour</body></html>");
    AdminPages admin = new AdminPages(browser, site).signIn(Account.admin());
    admin.pressToNavigate("importLink");
    assertThat(admin.text("h1")).isEqualTo("Import from WordPress");

    // XML, but no WordPress export: refused at the field, and nothing is kept.
    uploadWidgetReady(admin);
    admin.element("upload:file_input").sendKeys(notAnExport.toString());
    assertThat(admin.errorAt("upload:file_input")).contains("not-an-export.xml", "not a WordPress export");
    browser.screenshot("admin-import-refused");
    Path imports = Deployments.dataDir(AdminOrganisingBrowserIT.class).resolve("imports");
    try (var kept = Files.exists(imports) ? Files.list(imports) : java.util.stream.Stream.<Path>empty()) {
      assertThat(kept).isEmpty();
    }

    uploadWidgetReady(admin);
    admin.element("upload:file_input").sendKeys(export.toString());
    admin.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("summary:start")));
    assertThat(admin.text("#fileFacts")).contains("harbour-log-" + run + ".xml", "https://harbour-" + run + ".example");
    assertThat(cell(admin, "contents", "Posts")).isEqualTo("2");
    assertThat(cell(admin, "contents", "Pages")).isEqualTo("1");
    assertThat(cell(admin, "contents", "Attachments (images and files)")).isEqualTo("1");
    assertThat(cell(admin, "contents", "Categories")).isEqualTo("1");
    assertThat(cell(admin, "contents", "Menu items")).isEqualTo("1");
    assertThat(cell(admin, "contents", "Comments")).isEqualTo("1");
    assertThat(admin.text("#authors tr[data-login='Captain." + run + "']")).contains("Captain Jo", "jo@harbour-" + run + ".example");
    assertThat(admin.text("#authors tr[data-login='deck." + run + "']")).contains("Sam Deck");
    String choice = admin.all("#authors tr[data-login='Captain." + run + "'] .ui-selectonemenu").get(0).getAttribute("id");
    admin.select(choice, Long.toString(captainId));
    admin.script("PrimeFaces.getWidgetById('summary:downloadMedia').uncheck();");
    browser.screenshot("admin-import-summary");

    admin.press("summary:start");
    admin.success("has started");
    admin.waitFor(d -> admin.text("#state").contains("done"), java.time.Duration.ofSeconds(60));
    assertThat(admin.text("#progressText")).contains("100 %");
    assertThat(counts(admin, "posts")).as("created, updated, skipped").containsExactly("2", "0", "0");
    assertThat(counts(admin, "pages")).containsExactly("1", "0", "0");
    assertThat(counts(admin, "authors")).as("one new, one given to the chosen user").containsExactly("1", "0", "1");
    assertThat(admin.text("#problems")).contains(
        "harbour-" + run + ".jpg: not downloaded: the import was started without media",
        "Knots " + run + ": 1 comment(s) not imported");
    browser.screenshot("admin-import-report");

    JsonObject knots = api.asAdmin().get("/api/articles?slug=knots-" + run).array().getJsonObject(0);
    assertThat(knots.getJsonObject("author").getString("login")).isEqualTo(captain.login());
    JsonObject sails = api.asAdmin().get("/api/articles?slug=sails-" + run).array().getJsonObject(0);
    assertThat(sails.getJsonObject("author").getString("login")).isEqualTo("deck." + run);
    // The problem of an item that came in leads to its editor.
    WebElement toKnots = admin.all("#problems a").stream().filter(a -> a.getText().equals("Knots " + run)).findFirst().orElseThrow();
    assertThat(toKnots.getAttribute("href")).contains("/admin/edit.xhtml", "id=" + knots.getJsonNumber("id").longValue());

    // The past imports lead to each report.
    admin.open("/admin/import.xhtml");
    WebElement past = admin.waitFor(d -> d.findElements(By.cssSelector("#past tbody tr")).stream().findFirst().orElse(null));
    assertThat(past.getText()).contains("done", "https://harbour-" + run + ".example");
    browser.navigate(() -> past.findElement(By.cssSelector("a")).sendKeys(Keys.ENTER), AdminPages.PATIENCE);
    assertThat(admin.text("#problems")).contains("Knots " + run);
  }

  /** Waits until the upload field sends what it is given: its widget has bound it. */
  private static void uploadWidgetReady(AdminPages admin) {
    admin.waitFor(d -> Boolean.TRUE.equals(admin.script(
        "return !!(window.PrimeFaces && PrimeFaces.getWidgetById('upload:file'));")));
  }

  /** What the report's counts table says of a kind: created, updated, skipped. */
  private static List<String> counts(AdminPages admin, String kind) {
    return admin.all("#counts tr[data-kind='import.kind." + kind + "'] td").stream().map(WebElement::getText).toList();
  }

  /** The text of a summary table's cell beside its row heading. */
  private static String cell(AdminPages admin, String table, String rowHeading) {
    return admin.waitFor(d -> d.findElements(By.xpath("//table[@id='" + table + "']//tr[th[normalize-space(.)='" + rowHeading + "']]/td"))
        .stream().findFirst().map(WebElement::getText).orElse(null));
  }

  /** A small WordPress export: two authors, two posts (one commented), a page, an image, a menu item. */
  private static String harbourLog(String run) {
    String site = "https://harbour-" + run + ".example";
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
            xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
            xmlns:wp="http://wordpress.org/export/1.2/">
        <channel>
          <title>Harbour Log</title>
          <link>SITE/</link>
          <wp:wxr_version>1.2</wp:wxr_version>
          <wp:author><wp:author_login>Captain.RUN</wp:author_login><wp:author_email>jo@harbour-RUN.example</wp:author_email>
            <wp:author_display_name><![CDATA[Captain Jo]]></wp:author_display_name></wp:author>
          <wp:author><wp:author_login>deck.RUN</wp:author_login><wp:author_email>sam@harbour-RUN.example</wp:author_email>
            <wp:author_display_name><![CDATA[Sam Deck]]></wp:author_display_name></wp:author>
          <wp:category><wp:term_id>2</wp:term_id><wp:category_nicename>sailing-RUN</wp:category_nicename>
            <wp:category_parent></wp:category_parent><wp:cat_name>Sailing RUN</wp:cat_name></wp:category>
          <item>
            <title>Knots RUN</title><link>SITE/knots-RUN/</link><dc:creator>Captain.RUN</dc:creator>
            <content:encoded><![CDATA[<p>A bowline holds.</p>]]></content:encoded>
            <wp:post_id>11</wp:post_id><wp:post_date_gmt>2021-04-01 09:00:00</wp:post_date_gmt>
            <wp:post_name>knots-RUN</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
            <category domain="category" nicename="sailing-RUN"><![CDATA[Sailing RUN]]></category>
            <wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_content>Nice knot</wp:comment_content></wp:comment>
          </item>
          <item>
            <title>Sails RUN</title><link>SITE/sails-RUN/</link><dc:creator>deck.RUN</dc:creator>
            <content:encoded><![CDATA[<p>Reef early.</p>]]></content:encoded>
            <wp:post_id>12</wp:post_id><wp:post_date_gmt>2021-04-02 09:00:00</wp:post_date_gmt>
            <wp:post_name>sails-RUN</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
          </item>
          <item>
            <title>Moorings RUN</title><link>SITE/moorings-RUN/</link><dc:creator>Captain.RUN</dc:creator>
            <content:encoded><![CDATA[<p>Ask the harbour master.</p>]]></content:encoded>
            <wp:post_id>13</wp:post_id><wp:post_name>moorings-RUN</wp:post_name><wp:status>publish</wp:status>
            <wp:post_type>page</wp:post_type>
          </item>
          <item>
            <title>harbour-RUN.jpg</title><wp:post_id>14</wp:post_id><wp:status>inherit</wp:status>
            <wp:post_type>attachment</wp:post_type><wp:attachment_url>SITE/wp-content/uploads/harbour-RUN.jpg</wp:attachment_url>
          </item>
          <item>
            <title>Home</title><wp:post_id>15</wp:post_id><wp:status>publish</wp:status><wp:post_type>nav_menu_item</wp:post_type>
          </item>
        </channel>
        </rss>
        """.replace("SITE", site).replace("RUN", run);
  }

  private static void pressRowButton(AdminPages admin, String rowText, String button) {
    String id = admin.waitFor(d -> d.findElements(By.xpath("//tr[td[contains(normalize-space(.), '" + rowText + "')]]"
        + "//button[normalize-space(.)='" + button + "']")).stream().findFirst().map(e -> e.getAttribute("id")).orElse(null));
    admin.press(id);
  }

  /** The labels of the menu's items as the Menus screen shows them, those under another indented. */
  private static List<String> labels(AdminPages admin) {
    return admin.all(".menu-outline > li").stream()
        .map(li -> (li.getAttribute("class").contains("menu-child") ? "  " : "")
            + li.findElement(By.cssSelector("input[id$=':label']")).getAttribute("value"))
        .toList();
  }

  private static WebElement menuItem(AdminPages admin, String label) {
    return admin.waitFor(d -> d.findElements(By.cssSelector(".menu-outline > li")).stream()
        .filter(li -> label.equals(li.findElement(By.cssSelector("input[id$=':label']")).getAttribute("value")))
        .findFirst().orElse(null));
  }

  /** The id of an item's button: {@code up}, {@code down}, {@code nest}, {@code unnest}, {@code remove}. */
  private static String menuButton(AdminPages admin, String label, String action) {
    return menuItem(admin, label).findElement(By.cssSelector("[data-action='" + action + "']")).getAttribute("id");
  }

  private static WebElement pageRow(AdminPages admin, String title) {
    return admin.waitFor(d -> d.findElements(By.cssSelector("[id='pages:table'] tbody tr")).stream()
        .filter(tr -> tr.findElements(By.cssSelector(".row-title")).stream().anyMatch(a -> a.getText().equals(title)))
        .findFirst().orElse(null));
  }

  /** These texts in the order the pages table shows the rows holding them. */
  private static List<String> inListOrder(AdminPages admin, String... rowTexts) {
    List<String> rows = admin.all("[id='pages:table'] tbody tr").stream().map(WebElement::getText).toList();
    return java.util.Arrays.stream(rowTexts)
        .filter(text -> rows.stream().anyMatch(row -> row.contains(text)))
        .sorted(java.util.Comparator.comparingInt(text -> java.util.stream.IntStream.range(0, rows.size())
            .filter(i -> rows.get(i).contains(text)).findFirst().orElseThrow()))
        .toList();
  }


  private String slugOf(String categoryName) {
    return api.get("/api/categories").array().stream().map(v -> v.asJsonObject())
        .filter(c -> c.getString("name").equals(categoryName)).map(c -> c.getString("slug")).findFirst().orElse(null);
  }

  private long tagId(String slug) {
    return api.get("/api/tags").array().stream().map(v -> v.asJsonObject())
        .filter(t -> t.getString("slug").equals(slug)).mapToLong(t -> t.getJsonNumber("id").longValue()).findFirst().orElseThrow();
  }

  private static Path picture(String name, int width, int height) {
    try {
      BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
      for (int x = 0; x < width; x += 10) {
        for (int y = 0; y < height; y += 10) {
          image.setRGB(x, y, (x * 31 + y * 17) & 0xFFFFFF);
        }
      }
      Path file = Files.createDirectories(Browser.SCREENSHOTS.getParent().resolve("uploads")).resolve(name);
      ImageIO.write(image, "png", file.toFile());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
