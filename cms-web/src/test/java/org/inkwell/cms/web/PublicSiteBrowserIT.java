package org.inkwell.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.inkwell.cms.web.check.Accessibility;
import org.inkwell.cms.web.check.AccessibilityReport;
import org.inkwell.cms.web.check.Browser;
import org.inkwell.cms.web.check.BrowserExtension;
import org.inkwell.cms.web.check.Viewport;
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

/**
 * The public site in headless Chromium, as a reader uses it: the seed article, a recommended post,
 * a category, the home page's pages, search, a missing page, the About page and its child, an
 * article whose title, words and table are far too wide; each checked by axe-core and saved as a
 * screenshot under {@code target/screenshots/}.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class PublicSiteBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource URL base;

  private String site;

  @BeforeEach
  void site(Browser browser) {
    site = base.toString().replaceAll("/$", "");
    browser.viewport(Viewport.DESKTOP);
    // Recommendations are computed in the background at start-up.
    Api.anonymous(base).await(PublicSiteIT.SEED, r -> r.body().contains("Recommended Posts"), Duration.ofSeconds(60));
  }

  @Test
  void theSeedArticleShowsItsStructureAndRecommendedPosts(Browser browser) {
    browser.open(site + PublicSiteIT.SEED);

    assertThat(text(browser, "h1")).isEqualTo("How To Pop Lower Back Safely: A Step-by-Step Guide");
    assertThat(textContent(browser, ".post-category a")).isEqualTo("Fitness Tips");
    assertThat(text(browser, ".post-author")).isEqualTo("By Ariana");
    assertThat(all(browser, ".post-body h2")).extracting(WebElement::getText).contains("How To Pop Lower Back?", "Summary");
    assertThat(all(browser, ".post-body h3")).extracting(WebElement::getText).contains("Method 1: The Seated Twist");
    assertThat(all(browser, ".post-body li")).hasSizeGreaterThan(10);
    assertImagesLoadedWithAltText(browser);
    assertThat(all(browser, "nav[aria-label=Breadcrumb] li")).extracting(WebElement::getText)
        .containsExactly("Home", "Fitness", "Fitness Tips", "How To Pop Lower Back Safely: A Step-by-Step Guide");

    List<WebElement> cards = all(browser, ".block-related-posts .card");
    assertThat(text(browser, ".block-related-posts h2")).isEqualTo("Recommended Posts");
    assertThat(cards).hasSize(3);
    for (WebElement card : cards) {
      assertThat(card.findElement(By.cssSelector(".card-category")).getText()).isNotBlank();
      assertThat(card.findElement(By.cssSelector(".card-title a")).getText()).isNotBlank();
      String excerpt = card.findElement(By.cssSelector(".card-excerpt")).getText();
      assertThat(excerpt.split(" ").length <= 55 || excerpt.endsWith(" […]")).as("cut at a word: %s", excerpt).isTrue();
      assertThat(card.findElement(By.cssSelector(".card-author")).getText()).isNotBlank();
    }
    assertFitsTheScreen(browser);
    assertAccessible(browser);
    browser.screenshot("public-seed-article");

    browser.viewport(Viewport.MOBILE).open(site + PublicSiteIT.SEED);
    assertFitsTheScreen(browser);
    assertAccessible(browser);
    browser.screenshot("public-seed-article-mobile");
  }

  @Test
  void aReaderFollowsARecommendedPost(Browser browser) {
    browser.open(site + PublicSiteIT.SEED);
    WebElement link = browser.driver().findElement(By.cssSelector(".block-related-posts .card-title a"));
    String title = link.getText();
    follow(browser, link);

    assertThat(browser.currentUrl()).isNotEqualTo(site + PublicSiteIT.SEED);
    assertThat(text(browser, "h1")).isEqualTo(title);
    assertThat(all(browser, ".block-related-posts .card")).isNotEmpty();
    assertAccessible(browser);
    browser.screenshot("public-recommended-post");
  }

  @Test
  void aReaderBrowsesACategoryAndItsSubcategory(Browser browser) {
    browser.open(site + "/");
    WebElement fitness = openDropdown(browser, "Fitness");
    assertAccessible(browser);
    browser.screenshot("public-header-dropdown");
    follow(browser, fitness.findElement(By.linkText("Fitness")));

    assertThat(browser.currentUrl()).endsWith("/category/fitness/");
    assertThat(text(browser, "h1")).isEqualTo("Fitness");
    assertThat(all(browser, "main .card")).hasSizeGreaterThan(3);
    assertAccessible(browser);
    browser.screenshot("public-category");

    follow(browser, browser.driver().findElement(By.cssSelector(".subcategories")).findElement(By.linkText("Fitness Tips")));
    assertThat(text(browser, "h1")).isEqualTo("Fitness Tips");
    assertThat(all(browser, "main .card-title")).extracting(WebElement::getText)
        .contains("How To Pop Lower Back Safely: A Step-by-Step Guide");
  }

  @Test
  void aReaderPagesThroughTheHomePage(Browser browser) {
    browser.open(site + "/");
    assertThat(all(browser, "main .card")).hasSize(10);
    assertThat(all(browser, "a[rel=prev]")).isEmpty();
    assertAccessible(browser);
    browser.screenshot("public-home");

    String firstOnPageOne = text(browser, "main .card-title");
    follow(browser, browser.driver().findElement(By.cssSelector(".pagination a[rel=next]")));
    assertThat(browser.currentUrl()).endsWith("/page/2/");
    assertThat(text(browser, "main .card-title")).isNotEqualTo(firstOnPageOne);
    assertThat(text(browser, ".pagination-current")).startsWith("Page 2 of ");

    while (!all(browser, ".pagination a[rel=next]").isEmpty()) {
      follow(browser, browser.driver().findElement(By.cssSelector(".pagination a[rel=next]")));
    }
    assertThat(all(browser, "main .card")).isNotEmpty();
    follow(browser, browser.driver().findElement(By.cssSelector(".pagination a[rel=prev]")));
    assertThat(all(browser, "main .card")).hasSize(10);
  }

  @Test
  void aReaderSearchesAndIsToldWhenNothingMatches(Browser browser) {
    browser.open(site + "/");
    WebElement box = browser.driver().findElement(By.cssSelector("header input[type=search]"));
    box.sendKeys("stretching");
    box.submit();

    assertThat(browser.currentUrl()).contains("/search?q=stretching");
    assertThat(text(browser, "h1")).isEqualTo("Search results for “stretching”");
    assertThat(all(browser, ".search-result")).isNotEmpty();
    assertThat(all(browser, ".search-result mark")).isNotEmpty();
    assertAccessible(browser);
    browser.screenshot("public-search");

    browser.open(site + "/search?q=zzzqqqxxx");
    assertThat(text(browser, "main .empty")).contains("No articles match");

    browser.open(site + "/no-such-page/");
    assertThat(text(browser, "h1")).isEqualTo("Page not found");
    assertAccessible(browser);
    browser.screenshot("public-not-found");
  }

  @Test
  void aReaderGoesFromAboutToOurAuthors(Browser browser) {
    browser.open(site + "/about/");
    assertThat(text(browser, "h1")).isEqualTo("About");
    assertFitsTheScreen(browser);
    assertAccessible(browser);
    browser.screenshot("public-page");

    follow(browser, browser.driver().findElement(By.cssSelector("main")).findElement(By.linkText("Our Authors")));
    assertThat(browser.currentUrl()).endsWith("/about/our-authors/");
    assertThat(all(browser, "nav[aria-label=Breadcrumb] li")).extracting(WebElement::getText)
        .containsExactly("Home", "About", "Our Authors");
    assertThat(all(browser, ".post-body a[href^='/author/']")).hasSize(5);
    assertAccessible(browser);
    browser.screenshot("public-child-page");

    browser.viewport(Viewport.MOBILE).open(site + "/about/our-authors/");
    assertFitsTheScreen(browser);
    assertAccessible(browser);
    browser.screenshot("public-child-page-mobile");
  }

  @Test
  void theHeaderMenuOpensItsDropdownsFromTheKeyboardOnAPhone(Browser browser) {
    browser.viewport(Viewport.MOBILE).open(site + "/");
    assertThat(all(browser, ".site-nav > ul > li")).extracting(e -> e.getAttribute("textContent").strip().lines().findFirst().orElse(""))
        .containsExactly("Fitness", "Nutrition", "Wellness", "About");
    assertFitsTheScreen(browser);
    browser.screenshot("public-header-menu-mobile");

    WebElement wellness = openDropdown(browser, "Wellness");
    assertThat(wellness.findElements(By.cssSelector(".dropdown a"))).extracting(WebElement::getText)
        .containsExactly("Wellness", "Sleep", "Recovery", "Yoga");
    assertFitsTheScreen(browser);
    Number right = (Number) browser.script("return arguments[0].getBoundingClientRect().right;", wellness.findElement(By.cssSelector(".dropdown")));
    assertThat(right.intValue()).as("the dropdown's right edge").isLessThanOrEqualTo(Viewport.MOBILE.width());
    assertAccessible(browser);
    browser.screenshot("public-header-dropdown-mobile");

    follow(browser, wellness.findElement(By.linkText("Sleep")));
    assertThat(browser.currentUrl()).endsWith("/category/sleep/");
  }

  /** Opens a header dropdown as a keyboard user does: Enter on its summary; no script is needed. */
  private static WebElement openDropdown(Browser browser, String label) {
    WebElement item = all(browser, ".site-nav .has-dropdown").stream()
        .filter(e -> e.findElement(By.tagName("summary")).getText().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no dropdown " + label + " in the header"));
    item.findElement(By.tagName("summary")).sendKeys(Keys.ENTER);
    browser.await(d -> item.findElement(By.tagName("details")).getAttribute("open") != null, Duration.ofSeconds(10));
    return item;
  }

  @Test
  void postsImportedFromWordPressKeepTheLayoutOnAPhone(Browser browser) {
    Api admin = Api.anonymous(base).asAdmin();
    browser.viewport(Viewport.MOBILE);
    int n = 0;
    for (WordPressExport.Post post : WordPressExport.themeTestData()) {
      Api.Reply created = admin.post("/api/articles", Json.createObjectBuilder()
          .add("title", post.title()).add("body", post.html()).add("status", "published").build().toString());
      assertThat(created.status()).as(post.title()).isEqualTo(201);
      browser.open(site + "/" + created.json().getString("slug") + "/");
      assertThat(text(browser, "h1")).as(post.title()).isEqualTo(post.title());
      assertFitsTheScreen(browser);
      if (n++ % 20 == 0) {
        browser.screenshot("public-imported-" + n);
      }
    }
  }

  @Test
  void aLongUnbrokenTitleAWideTableAndALongWordNeverWidenThePage(Browser browser) {
    String title = ("Unbreakable" + Ids.unique().replaceAll("[^A-Za-z0-9]", "")).repeat(30).substring(0, 300);
    String word = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(4);
    String[] columns = {"Exercise", "Sets", "Repetitions", "Tempo", "Rest", "Weight", "Equipment",
        "Muscles", "Difficulty", "Calories", "Alternatives", "Notes"};
    StringBuilder table = new StringBuilder("<table><caption>Weekly plan</caption><thead><tr>");
    for (String column : columns) {
      table.append("<th scope=\"col\">").append(column).append("</th>");
    }
    table.append("</tr></thead><tbody>");
    for (int row = 0; row < 3; row++) {
      table.append("<tr>");
      for (String column : columns) {
        table.append("<td>").append(column).append("Value").append(row).append("</td>");
      }
      table.append("</tr>");
    }
    table.append("</tbody></table>");
    Api.Reply created = Api.anonymous(base).asAdmin().post("/api/articles", Json.createObjectBuilder()
        .add("title", title).add("status", "published")
        .add("body", "<p>Before the table comes " + word + " and more.</p>" + table).build().toString());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String url = site + "/" + created.json().getString("slug") + "/";

    browser.viewport(Viewport.MOBILE).open(url);
    assertThat(text(browser, "h1")).isEqualTo(title);
    assertFitsTheScreen(browser);
    assertTheTableScrollsWithWholeWords(browser);
    assertAccessible(browser);
    browser.screenshot("public-long-title-mobile");

    browser.viewport(Viewport.DESKTOP).open(url);
    assertFitsTheScreen(browser);
    assertTheTableScrollsWithWholeWords(browser);
    assertAccessible(browser);
    // A keyboard user scrolls the table's box with the arrow keys.
    WebElement box = browser.driver().findElement(By.cssSelector(".post-body .table-scroll"));
    box.sendKeys(Keys.ARROW_RIGHT);
    browser.await(d -> ((Number) browser.script("return arguments[0].scrollLeft;", box)).intValue() > 0, Duration.ofSeconds(10));
    browser.screenshot("public-wide-table");
  }

  /** Wider than the column, the table scrolls in its own box, and no cell breaks a word. */
  private static void assertTheTableScrollsWithWholeWords(Browser browser) {
    WebElement box = browser.driver().findElement(By.cssSelector(".post-body .table-scroll"));
    Number hidden = (Number) browser.script("return arguments[0].scrollWidth - arguments[0].clientWidth;", box);
    assertThat(hidden.intValue()).as("the table's width beyond its box").isPositive();
    Number broken = (Number) browser.script(
        "return [...arguments[0].querySelectorAll('th, td')].filter(cell => {"
            + " const range = document.createRange(); range.selectNodeContents(cell);"
            + " return range.getClientRects().length > 1; }).length;", box);
    assertThat(broken.intValue()).as("cells whose one word is broken over lines").isZero();
  }

  private static void assertAccessible(Browser browser) {
    AccessibilityReport report = Accessibility.check(browser);
    assertThat(report.violations()).as("serious or critical accessibility problems:%n%s", report).isEmpty();
  }

  /** Nothing wider than the screen: the reader never scrolls sideways. */
  private static void assertFitsTheScreen(Browser browser) {
    Number overflow = (Number) browser.script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(overflow.intValue()).as("horizontal overflow on %s", browser.currentUrl()).isLessThanOrEqualTo(0);
  }

  private static void assertImagesLoadedWithAltText(Browser browser) {
    for (WebElement image : all(browser, ".post img")) {
      assertThat(image.getAttribute("alt")).as(image.getAttribute("src")).isNotBlank();
      Number width = (Number) browser.script("return arguments[0].naturalWidth;", image);
      assertThat(width.intValue()).as("loaded %s", image.getAttribute("src")).isPositive();
    }
  }

  /**
   * Follows a link from the keyboard, as a reader who tabs to it and presses Enter: no pointer
   * coordinates, which the emulated viewport of full-page screenshots can throw off.
   */
  private static void follow(Browser browser, WebElement link) {
    browser.navigate(() -> link.sendKeys(Keys.ENTER), Duration.ofSeconds(30));
  }

  /** The text as written, before CSS changes its case. */
  private static String textContent(Browser browser, String css) {
    return browser.driver().findElement(By.cssSelector(css)).getAttribute("textContent").strip();
  }

  private static String text(Browser browser, String css) {
    return browser.driver().findElement(By.cssSelector(css)).getText();
  }

  private static List<WebElement> all(Browser browser, String css) {
    return browser.driver().findElements(By.cssSelector(css));
  }
}
