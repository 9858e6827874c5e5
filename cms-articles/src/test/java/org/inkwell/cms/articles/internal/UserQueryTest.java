package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.Test;

class UserQueryTest {

  private static final Map<String, Float> FIELDS = Map.of("title", 2f, "body", 1f);

  @Test
  void inputIsCutAtTwoHundredCharactersAndThirtyTwoWords() {
    assertThat(UserQuery.bounded("x".repeat(10_000))).hasSize(UserQuery.MAX_CHARS);
    assertThat(UserQuery.bounded("a b ".repeat(40)).split(" ")).hasSize(UserQuery.MAX_WORDS);
    assertThat(UserQuery.bounded("  lower   back  ")).isEqualTo("lower   back");
  }

  @Test
  void aCharacterOutsideTheBasicPlaneIsNotCutInHalf() {
    String text = "x".repeat(UserQuery.MAX_CHARS - 1) + "🙂🙂";

    String bounded = UserQuery.bounded(text);

    assertThat(bounded).hasSize(UserQuery.MAX_CHARS - 1);
    assertThat(Character.isHighSurrogate(bounded.charAt(bounded.length() - 1))).isFalse();
  }

  @Test
  void nothingToLookForGivesNoQuery() {
    EnglishAnalyzer analyzer = new EnglishAnalyzer();

    assertThat(UserQuery.parse(null, analyzer, FIELDS)).isEmpty();
    assertThat(UserQuery.parse("   ", analyzer, FIELDS)).isEmpty();
    assertThat(UserQuery.parse("the and of", analyzer, FIELDS)).isEmpty();
    assertThat(UserQuery.parse("*", analyzer, FIELDS)).isEmpty();
    assertThat(UserQuery.parse("stretches", analyzer, FIELDS)).isPresent();
  }

  @Test
  void wordsAreRequiredAndStemmedInEveryField() {
    String query = UserQuery.parse("Stretching back", new EnglishAnalyzer(), FIELDS).orElseThrow().toString();

    assertThat(query).contains("+(", "title:stretch", "body:stretch", "title:back", "body:back");
  }
}
