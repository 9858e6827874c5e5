package org.inkwell.cms.web.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Drafts for the SEO tests: an article whose counts are known by construction, the seed article,
 * and a builder whose fields start empty.
 */
final class SeoDrafts {

  static final String SEED_KEYPHRASE = "how to pop lower back";

  private String title = "";
  private String metaTitle = "";
  private String slug = "";
  private String bodyHtml = "";
  private String metaDescription = "";
  private String focusKeyphrase = "";
  private String featuredImageAlt = "";
  private String siteName = "";

  static SeoDrafts draft() {
    return new SeoDrafts();
  }

  /** The seed article as the demo content publishes it. */
  static SeoDrafts seedArticle() {
    return draft()
        .title("How To Pop Lower Back Safely: A Step-by-Step Guide")
        .metaTitle("How To Pop Lower Back Safely: 4 Gentle Methods | Fitness Hubz")
        .slug("how-to-pop-lower-back")
        .bodyHtml(SEED_HTML)
        .metaDescription("Learn how to pop lower back safely with four gentle methods: the seated twist, "
            + "knee-to-chest, cat-cow and foam roller, plus when cracking can be harmful.")
        .focusKeyphrase(SEED_KEYPHRASE)
        .featuredImageAlt(SEED_KEYPHRASE)
        .siteName("Fitness Hubz");
  }

  /**
   * An article whose figures follow from how it is built, not from counting: 1,000 words; the
   * focus keyphrase ten times (a subheading of 10 words, then nine 15-word sentences), never in the
   * first paragraph; 48 sentences in 8 paragraphs of at most 135 words, 6 of the sentences long (60
   * words: 12.5% of them); an SEO title of 61 characters and a meta description of 153.
   */
  static SeoDrafts knownCounts() {
    StringBuilder body = new StringBuilder();
    for (int paragraph = 0; paragraph < 8; paragraph++) {
      if (paragraph == 1) {
        body.append("<h2>How to pop lower back ").append(words(5)).append("</h2>");
      }
      body.append("<p>");
      for (int i = 0; i < 6; i++) {
        boolean withKeyphrase = paragraph >= 1 && (i == 0 || (paragraph <= 2 && i == 1));
        boolean longOne = paragraph >= 2 && i == 5;
        body.append(withKeyphrase ? "How to pop lower back " + words(10) + "." : sentence(longOne ? 60 : 15)).append(' ');
      }
      body.append("</p>");
    }
    return draft()
        .title("How To Pop Lower Back Safely")
        .metaTitle("How to pop lower back safely: four gentle moves for your desk")
        .slug("how-to-pop-lower-back")
        .bodyHtml(body.toString())
        .metaDescription("Learn how to pop lower back safely with four gentle moves you can do at your desk, "
            + "and the signs that mean you should stop and see a physiotherapist now.")
        .focusKeyphrase(SEED_KEYPHRASE)
        .featuredImageAlt(SEED_KEYPHRASE)
        .siteName("Fitness Hubz");
  }

  /** The seed article as the demo content ships it (from the articles module's JAR). */
  static final String SEED_HTML = resource("/demo/articles/how-to-pop-lower-back.html");

  static String resource(String name) {
    try (InputStream in = SeoDrafts.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code count} different filler words, none of them in any keyphrase the tests use. */
  static String words(int count) {
    return IntStream.range(0, count).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
  }

  /** A sentence of {@code count} words with a full stop. */
  static String sentence(int count) {
    return "S" + words(count).substring(1) + ".";
  }

  SeoDrafts title(String title) {
    this.title = title;
    return this;
  }

  SeoDrafts metaTitle(String metaTitle) {
    this.metaTitle = metaTitle;
    return this;
  }

  SeoDrafts slug(String slug) {
    this.slug = slug;
    return this;
  }

  SeoDrafts bodyHtml(String bodyHtml) {
    this.bodyHtml = bodyHtml;
    return this;
  }

  SeoDrafts metaDescription(String metaDescription) {
    this.metaDescription = metaDescription;
    return this;
  }

  SeoDrafts focusKeyphrase(String focusKeyphrase) {
    this.focusKeyphrase = focusKeyphrase;
    return this;
  }

  SeoDrafts featuredImageAlt(String featuredImageAlt) {
    this.featuredImageAlt = featuredImageAlt;
    return this;
  }

  SeoDrafts siteName(String siteName) {
    this.siteName = siteName;
    return this;
  }

  SeoDraft build() {
    return new SeoDraft(title, metaTitle, slug, bodyHtml, metaDescription, focusKeyphrase, featuredImageAlt, siteName);
  }

  SeoReport analyse() {
    return SeoAnalysis.analyse(build());
  }
}
