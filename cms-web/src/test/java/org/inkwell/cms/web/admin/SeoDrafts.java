package org.inkwell.cms.web.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Drafts for the SEO tests: the seed article, and a builder whose fields start empty. */
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
