package org.inkwell.cms.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoredTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"\u0000", "\u0001", "\u001b", "\u007f\u0008", "\ufffe", "\uffff", "\ud800", "\udc00", "x\udbff"})
  void refusesWhatXmlCannotCarryAndLoneSurrogates(String bad) {
    String value = "PT feedchar " + bad + " x";

    assertThat(lineErrors(value)).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("title");
      assertThat(e.message()).startsWith("must not contain the character U+").endsWith("(at " + (value.indexOf(bad) + bad.length()) + ")");
    });
    assertThat(textErrors(value)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Crème brûlée", "Tabs\tare fine", "Emoji 🏃 and CJK 漢字", "\u00a0\u2028 \ue000 \ufffd", "\ud83d\ude00"})
  void acceptsEveryOtherCharacterIncludingSurrogatePairs(String good) {
    assertThat(lineErrors(good)).isEmpty();
    assertThat(textErrors(good)).isEmpty();
    assertThat(StoredText.strip(good)).isSameAs(good);
  }

  @ParameterizedTest
  @ValueSource(strings = {"two\nlines", "two\rlines", "two\r\nlines"})
  void lineBreaksAreRefusedInOneLineFieldsOnly(String value) {
    assertThat(lineErrors(value)).extracting(FieldError::message).containsExactly("must be a single line");
    assertThat(textErrors(value)).isEmpty();
  }

  @Test
  void stripDropsOnlyTheInvalidCharacters() {
    assertThat(StoredText.strip("a\u0000b\u0001c\u001bd\ufffee\ud800f\udc00g\ud83d\ude00\nh"))
        .isEqualTo("abcdefg\ud83d\ude00\nh");
    assertThat(StoredText.strip(null)).isNull();
  }

  @Test
  void stripLineAlsoTurnsLineBreaksIntoSpaces() {
    assertThat(StoredText.stripLine("a\r\nb\tc\u0001")).isEqualTo("a  b c");
  }

  private static List<FieldError> lineErrors(String value) {
    List<FieldError> errors = new ArrayList<>();
    StoredText.checkLine(errors, "title", value);
    return errors;
  }

  private static List<FieldError> textErrors(String value) {
    List<FieldError> errors = new ArrayList<>();
    StoredText.checkText(errors, "bio", value);
    return errors;
  }
}
