package org.inkwell.cms.web.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The page-check tools themselves, on two pages written here (no server): one a reader and the
 * checkers should find fine, one with the mistakes they exist to catch. If a checker stops seeing
 * a mistake, or starts seeing one in the good page, this fails.
 */
@ExtendWith(BrowserExtension.class)
class PageChecksIT {

  /** A 1x1 PNG, so the pages' images load from themselves. */
  private static final String PIXEL = "data:image/png;base64,"
      + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

  static final String GOOD = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>A good page – Inkwell</title>
        <style>
          body { font-family: sans-serif; color: #1a1a1a; background: #fff; margin: 0; }
          header, nav, main, footer { padding: 1rem; }
          .tall { height: 1500px; }
        </style>
      </head>
      <body>
        <header>
          <a href="#main">Inkwell</a>
          <nav aria-label="Main">
            <ul><li><a href="#main">Articles</a></li><li><a href="#about">About</a></li></ul>
          </nav>
          <form role="search" action="#">
            <label for="q">Search articles</label>
            <input type="search" id="q" name="q">
            <button type="submit">Search</button>
          </form>
        </header>
        <main id="main">
          <h1>A good page</h1>
          <p>Some text to read, with a picture:</p>
          <img src="PIXEL" alt="A green square" width="40" height="40">
          <div class="tall" id="about"><p>Long enough to need a full-page screenshot.</p></div>
        </main>
        <footer><p>Inkwell CMS</p></footer>
      </body>
      </html>
      """.replace("PIXEL", PIXEL);

  static final String BAD = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
        <meta charset="utf-8">
        <title>A bad page</title>
      </head>
      <body>
        <main>
          <h1>A bad page</h1>
          <img src="PIXEL" width="40" height="40">
          <input type="text" id="q" name="q">
          <p id="q">This paragraph repeats the input's id.</p>
          <span>Inline <div>with a block inside</div></span>
          <p style="color: #bbbbbb; background-color: #ffffff">Pale grey text on white.</p>
        </main>
      </body>
      </html>
      """.replace("PIXEL", PIXEL);

  static Path goodPage;
  static Path badPage;

  @BeforeAll
  static void writePages() throws IOException {
    Path dir = Files.createDirectories(Browser.targetDir().resolve("page-checks"));
    goodPage = Files.writeString(dir.resolve("good.html"), GOOD);
    badPage = Files.writeString(dir.resolve("bad.html"), BAD);
  }

  @Test
  void theValidatorFindsNoErrorInTheGoodPage() {
    HtmlReport report = HtmlValidator.shared().validate(goodPage);

    assertThat(report.errors()).as(report.toString()).isEmpty();
  }

  @Test
  void theValidatorFindsEachMistakeOfTheBadPage() {
    HtmlReport report = HtmlValidator.shared().validate(BAD);

    assertThat(report.errorMessages()).as(report.toString())
        .anySatisfy(m -> assertThat(m).contains("img").contains("alt"))
        .anySatisfy(m -> assertThat(m).contains("Duplicate ID").contains("q"))
        .anySatisfy(m -> assertThat(m).contains("div").contains("not allowed as child of element")
            .contains("span"))
        .hasSize(3);
    assertThat(report.errors()).allSatisfy(e -> assertThat(e.line()).isBetween(10, 13));
  }

  @Test
  void axeFindsNothingSeriousInTheGoodPage(Browser browser) {
    AccessibilityReport report = Accessibility.check(browser.open(goodPage));

    assertThat(report.violations()).as(report.toString()).isEmpty();
  }

  @Test
  void axeFlagsTheMissingAltTheUnlabelledInputAndTheLowContrast(Browser browser) {
    AccessibilityReport report = Accessibility.check(browser.open(badPage));

    assertThat(report.ids()).as(report.toString())
        .contains("image-alt", "label", "color-contrast");
    assertThat(report.violations()).filteredOn(v -> v.id().equals("image-alt"))
        .singleElement().satisfies(v -> assertThat(v.targets()).containsExactly("img"));
  }

  @Test
  void aScreenshotHoldsTheWholePageAtTheChosenViewport(Browser browser) throws IOException {
    browser.open(goodPage);

    BufferedImage desktop = ImageIO.read(browser.screenshot("page-checks-good-desktop").toFile());
    assertThat(desktop.getWidth()).isEqualTo(Viewport.DESKTOP.width());
    assertThat(desktop.getHeight()).as("beyond the %dpx viewport", Viewport.DESKTOP.height())
        .isGreaterThan(1500);

    try {
      browser.viewport(Viewport.MOBILE).open(goodPage);
      assertThat(browser.script("return window.innerWidth")).isEqualTo(390L);
      BufferedImage mobile = ImageIO.read(browser.screenshot("page-checks-good-mobile").toFile());
      assertThat(mobile.getWidth()).isEqualTo(Viewport.MOBILE.width());
      assertThat(mobile.getHeight()).isGreaterThan(1500);
    } finally {
      browser.viewport(Viewport.DESKTOP);
    }
  }
}
