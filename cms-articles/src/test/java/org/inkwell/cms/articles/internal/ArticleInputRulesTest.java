package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.inkwell.cms.articles.ArticleInput;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.SeoFields;
import org.inkwell.cms.core.FieldError;
import org.inkwell.cms.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleInputRulesTest {

  /** A valid input to start from; each test changes what it is about. */
  private static final class Input {
    String title = "How to squat";
    String slug;
    String body = "<p>Feet apart.</p>";
    String excerpt;
    ArticleStatus status;
    String category;
    List<String> categories;
    List<String> tags;
    String featuredImage;
    String featuredImageAlt;
    SeoFields seo;

    ArticleInput build() {
      return new ArticleInput(
          title, slug, body, excerpt, status, null, category, categories, tags, featuredImage,
          featuredImageAlt, seo, null);
    }
  }

  private static SeoFields canonical(String url) {
    return new SeoFields(null, null, null, url, null);
  }

  private static void assertValid(Input in, boolean complete) {
    assertThatCode(() -> ArticleInputRules.check(in.build(), complete)).doesNotThrowAnyException();
  }

  private static void assertRefused(Input in, boolean complete, String... fields) {
    assertThatThrownBy(() -> ArticleInputRules.check(in.build(), complete))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(fields));
  }

  @Test
  void acceptsAValidArticle() {
    assertValid(new Input(), true);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void titleIsRequiredForACompleteArticle(String title) {
    Input in = new Input();
    in.title = title;

    assertRefused(in, true, "title");
  }

  @Test
  void titleMayBeLeftOutOfAPartialUpdate() {
    Input in = new Input();
    in.title = null;

    assertValid(in, false);
  }

  @Test
  void titleSentInAPartialUpdateMustNotBeBlank() {
    Input in = new Input();
    in.title = " ";

    assertRefused(in, false, "title");
  }

  @Test
  void titleMayHaveThreeHundredCharactersButNotMore() {
    Input in = new Input();
    in.title = "t".repeat(300);
    assertValid(in, true);

    in.title = "  " + "t".repeat(300) + "  ";
    assertValid(in, true);

    in.title = "t".repeat(301);
    assertRefused(in, true, "title");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Not A Slug", "double--hyphen", "-leading", "crème"})
  void invalidSlugIsRefused(String slug) {
    Input in = new Input();
    in.slug = slug;

    assertRefused(in, true, "slug");
  }

  @Test
  void validSlugIsAccepted() {
    Input in = new Input();
    in.slug = "how-to-squat-2";

    assertValid(in, true);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/media/x.png",
        "https://cdn.example.com/x.png",
        "HTTP://cdn.example.com/x.png",
      })
  void featuredImageMayBeAWebAddressOrASitePath(String url) {
    Input in = new Input();
    in.featuredImage = url;
    in.featuredImageAlt = "A squat";

    assertValid(in, true);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "data:image/png;base64,iVBORw0KGgo=",
        "//evil.example/x.png",
        "media/x.png",
        "ftp://files.example.com/x.png",
        "/media\\x.png",
        "https://",
      })
  void featuredImageWithAnyOtherAddressIsRefused(String url) {
    Input in = new Input();
    in.featuredImage = url;
    in.featuredImageAlt = "A squat";

    assertRefused(in, true, "featuredImage");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void featuredImageNeedsAnAltText(String alt) {
    Input in = new Input();
    in.featuredImage = "/media/x.png";
    in.featuredImageAlt = alt;

    assertRefused(in, true, "featuredImageAlt");
  }

  @Test
  void blankFeaturedImageRemovesItAndNeedsNoAltText() {
    Input in = new Input();
    in.featuredImage = "";

    assertValid(in, true);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.com/original-post", "http://example.com/a?b=c", ""})
  void canonicalMayBeAnAbsoluteWebAddressOrBlank(String url) {
    Input in = new Input();
    in.seo = canonical(url);

    assertValid(in, true);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/original-post", "example.com/post", "ftp://example.com/post", "javascript:alert(1)"})
  void canonicalThatIsNotAnAbsoluteWebAddressIsRefused(String url) {
    Input in = new Input();
    in.seo = canonical(url);

    assertRefused(in, true, "seo.canonical");
  }

  @Test
  void upToFiftyTagsAreAccepted() {
    Input in = new Input();
    in.tags = Collections.nCopies(50, "strength");

    assertValid(in, true);
  }

  @Test
  void moreThanFiftyTagsAreRefused() {
    Input in = new Input();
    in.tags = Collections.nCopies(51, "strength");

    assertRefused(in, true, "tags");
  }

  @Test
  void blankOrOverlongTagNamesAreRefused() {
    Input in = new Input();
    in.tags = List.of("ok", " ");
    assertRefused(in, true, "tags");

    in.tags = List.of("t".repeat(101));
    assertRefused(in, true, "tags");
  }

  @Test
  void categoriesMustBeSlugs() {
    Input in = new Input();
    in.category = "Training Tips";
    in.categories = List.of("nutrition", "Not A Slug");

    assertRefused(in, true, "category", "categories");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    Input in = new Input();
    in.title = "";
    in.slug = "Bad Slug";
    in.tags = Collections.nCopies(51, "strength");
    in.featuredImage = "javascript:alert(1)";
    in.featuredImageAlt = null;
    in.seo = canonical("/relative");

    assertRefused(
        in, true, "title", "slug", "featuredImage", "featuredImageAlt", "seo.canonical", "tags");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0000", "\u0001", "\u001b", "\ufffe", "\ud800"})
  void everyTextFieldRefusesWhatAFeedCannotCarry(String bad) {
    Input in = new Input();
    in.title = "PT feedchar " + bad + " x";
    in.excerpt = "Short " + bad;
    in.tags = List.of("fine", "tag " + bad);
    in.featuredImage = "/media/a" + bad + ".jpg";
    in.featuredImageAlt = "alt " + bad;
    in.seo = new SeoFields("meta " + bad, "description " + bad, "phrase " + bad, "https://example.com/" + bad, null);

    assertThatThrownBy(() -> ArticleInputRules.check(in.build(), true))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsOnly(
                "title", "excerpt", "tags", "featuredImage", "featuredImageAlt", "seo.metaTitle",
                "seo.metaDescription", "seo.focusKeyphrase", "seo.canonical"));
  }

  @Test
  void oneLineFieldsRefuseLineBreaksButTheExcerptMaySpanLines() {
    Input in = new Input();
    in.title = "Two\r\nlines";
    in.excerpt = "First paragraph.\n\nSecond.";
    in.seo = new SeoFields("Meta\ntitle", null, null, null, null);

    assertRefused(in, true, "title", "seo.metaTitle");
  }
}
