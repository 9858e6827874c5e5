package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ExcerptsTest {

  private static String words(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
  }

  @Test
  void shortTextIsTheWholeTextWithoutAnEllipsis() {
    assertThat(Excerpts.generate("<p>Lift heavy, eat well.</p>")).isEqualTo("Lift heavy, eat well.");
  }

  @Test
  void exactlyFiftyFiveWordsAreKeptWhole() {
    String text = words(1, 55);

    assertThat(Excerpts.generate("<p>" + text + "</p>")).isEqualTo(text).doesNotContain("[…]");
  }

  @Test
  void longerTextIsCutAfterFiftyFiveWordsWithAnEllipsis() {
    String excerpt = Excerpts.generate("<p>" + words(1, 56) + "</p>");

    assertThat(excerpt).isEqualTo(words(1, 55) + " […]");
  }

  @Test
  void wordsAreCountedAcrossParagraphsAndHeadings() {
    String html = "<h2>" + words(1, 5) + "</h2><p>" + words(6, 30) + "</p><p>" + words(31, 80) + "</p>";

    assertThat(Excerpts.generate(html)).isEqualTo(words(1, 55) + " […]");
  }

  @Test
  void markupIsStrippedAndEntitiesDecoded() {
    String excerpt =
        Excerpts.generate("<p>Eat <strong>eggs</strong> &amp; <a href=\"/oats\">oats</a>.</p>");

    assertThat(excerpt).isEqualTo("Eat eggs & oats.");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"<p> </p>", "<script>alert(1)</script>", "<img src=\"/a.png\" alt=\"a\" />"})
  void noTextGivesAnEmptyExcerpt(String html) {
    assertThat(Excerpts.generate(HtmlSanitizer.body(html))).isEmpty();
  }

  @Test
  void manualExcerptIsReducedToPlainText() {
    assertThat(Excerpts.manual("<p>My <em>own</em> summary &amp; more</p>"))
        .isEqualTo("My own summary & more");
  }

  @Test
  void demoArticleHasTheExcerptShownOnTheReferencePage() throws IOException {
    String body = resource("demo/articles/can-you-build-muscle-in-a-calorie-deficit.html");

    assertThat(Excerpts.generate(body))
        .isEqualTo(
            "For a long time, people have had the thought in their mind that can you build muscle"
                + " in a calorie deficit. The traditional gym method says that we need to be in a"
                + " calorie surplus to put on muscle mass. But research and real world result have"
                + " changed this belief. Whether you are a person […]");
  }

  private String resource(String name) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name + " on the classpath").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
