package org.inkwell.cms.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

  @Nested
  class FromTitle {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
        delimiter = '|',
        quoteCharacter = '"',
        textBlock =
            """
            Hello World                   | hello-world
            Crème Brûlée                  | creme-brulee
            Straße                        | strasse
            Ærø Łódź                      | aero-lodz
            Œuvre complète                | oeuvre-complete
            Here’s how                    | heres-how
            Here's how                    | heres-how
            rock ‘n’ roll                 | rock-n-roll
            Salt & Pepper                 | salt-and-pepper
            R&D                           | r-and-d
            C++ for 2024: a guide!        | c-for-2024-a-guide
            Wait...   what?!              | wait-what
            Ünïcödé — with an em dash     | unicode-with-an-em-dash
            """)
    void foldsAccentsDropsPunctuationAndJoinsWordsWithHyphens(String title, String expected) {
      assertThat(Slug.fromTitle(title).value()).isEqualTo(expected);
    }

    @Test
    void trimsLeadingAndTrailingSeparators() {
      assertThat(Slug.fromTitle("  --Hello,   World!!  -- ").value()).isEqualTo("hello-world");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "!!!", "🎉🎉", "— … —", "’’"})
    void titleWithoutLettersOrDigitsGivesUntitled(String title) {
      assertThat(Slug.fromTitle(title).value()).isEqualTo("untitled");
    }

    @Test
    void longTitleIsCutAtAWordBoundaryWithinTheLimit() {
      String title = "Seventeen ".repeat(30); // 300 characters of whole words
      String full = "seventeen-".repeat(30).replaceAll("-$", "");

      String slug = Slug.fromTitle(title).value();

      assertThat(slug.length()).isLessThanOrEqualTo(Slug.MAX_LENGTH);
      assertThat(full).startsWith(slug);
      assertThat(full.charAt(slug.length())).as("cut between words").isEqualTo('-');
      assertThat(slug).endsWith("seventeen");
      assertThat(Slug.isValid(slug)).isTrue();
    }

    @Test
    void longSingleWordIsCutAtTheLimit() {
      String slug = Slug.fromTitle("x".repeat(250) + " tail").value();

      assertThat(slug).isEqualTo("x".repeat(Slug.MAX_LENGTH));
    }

    @Test
    void titleOfExactlyTheLimitIsKeptWhole() {
      String title = "a".repeat(Slug.MAX_LENGTH - 2) + " b";

      assertThat(Slug.fromTitle(title).value()).hasSize(Slug.MAX_LENGTH).endsWith("-b");
    }
  }

  @Nested
  class Validation {

    @ParameterizedTest
    @ValueSource(strings = {"a", "hello-world", "post-2", "2024", "a1-b2-c3"})
    void acceptsLowerCaseWordsJoinedBySingleHyphens(String value) {
      assertThat(Slug.isValid(value)).isTrue();
      assertThat(new Slug(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
        strings = {"Hello", "hello world", "a--b", "-a", "a-", "a_b", "crème", "a/b", "-", " a"})
    void refusesEverythingElse(String value) {
      assertThat(Slug.isValid(value)).isFalse();
    }

    @Test
    void acceptsTheMaximumLengthButNotOneMore() {
      assertThat(Slug.isValid("a".repeat(Slug.MAX_LENGTH))).isTrue();
      assertThat(Slug.isValid("a".repeat(Slug.MAX_LENGTH + 1))).isFalse();
    }

    @Test
    void constructorRefusesAnInvalidValueNamingTheSlugField() {
      assertThatThrownBy(() -> new Slug("Not A Slug"))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> {
                assertThat(e.errors()).extracting(FieldError::field).containsExactly("slug");
                assertThat(e.errors().get(0).message()).contains("my-first-post");
              });
    }

    @Test
    void toStringIsTheValue() {
      assertThat(new Slug("my-first-post")).hasToString("my-first-post");
    }
  }

  @Nested
  class WithSuffix {

    @Test
    void appendsTheNumberWithAHyphen() {
      assertThat(new Slug("post").withSuffix(2).value()).isEqualTo("post-2");
    }

    @Test
    void shortensAMaximumLengthSlugToMakeRoomForTheSuffix() {
      Slug longest = new Slug("a".repeat(Slug.MAX_LENGTH));

      Slug suffixed = longest.withSuffix(12);

      assertThat(suffixed.value()).hasSize(Slug.MAX_LENGTH).endsWith("a-12");
    }

    @Test
    void doesNotLeaveADoubleHyphenWhereTheCutFallsOnAHyphen() {
      // Cutting to 198 characters for "-2" leaves "aaa…a-"; the dangling hyphen must go.
      Slug slug = new Slug("a".repeat(197) + "-bb");

      Slug suffixed = slug.withSuffix(2);

      assertThat(suffixed.value()).isEqualTo("a".repeat(197) + "-2");
      assertThat(Slug.isValid(suffixed.value())).isTrue();
    }
  }
}
