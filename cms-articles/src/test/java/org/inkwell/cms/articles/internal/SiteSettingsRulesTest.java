package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inkwell.cms.articles.MediaDetails;
import org.inkwell.cms.articles.Person;
import org.inkwell.cms.articles.SiteSettingsInput;
import org.inkwell.cms.core.FieldError;
import org.inkwell.cms.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteSettingsRulesTest {

  private static final long BANNER = 1;
  private static final long SQUARE = 2;
  private static final long TINY = 3;
  private static final Map<Long, MediaDetails> LIBRARY = Map.of(
      BANNER, image(BANNER, 1200, 630), SQUARE, image(SQUARE, 512, 500), TINY, image(TINY, 32, 32));

  private static MediaDetails image(long id, int width, int height) {
    return new MediaDetails(id, "i.png", "image/png", width, height, 100, null, null, new Person("eve", "Eve"),
        Instant.EPOCH, "/media/uploads/i.png", List.of());
  }

  private static SiteSettingsInput checked(SiteSettingsInput input) {
    return SiteSettingsRules.checked(input, id -> Optional.ofNullable(LIBRARY.get(id)));
  }

  private static SiteSettingsInput input(String name, String tagline, String address, String zone, Integer perPage,
      Long socialImage, Long icon) {
    return new SiteSettingsInput(name, tagline, address, zone, perPage, socialImage, icon, true);
  }

  private static List<FieldError> errorsOf(SiteSettingsInput input) {
    try {
      checked(input);
      throw new AssertionError("accepted " + input);
    } catch (InvalidInputException e) {
      return e.errors();
    }
  }

  @Test
  void aValidInputIsTrimmedAndItsAddressMadeCanonical() {
    SiteSettingsInput in = checked(input("  Fitness Hubz ", " ", "HTTPS://Example.ORG:8443/blog/", "Europe/Paris", 12, BANNER, SQUARE));

    assertThat(in).isEqualTo(new SiteSettingsInput("Fitness Hubz", null, "https://example.org:8443/blog",
        "Europe/Paris", 12, BANNER, SQUARE, true));
  }

  @Test
  void optionalSettingsMayBeLeftOut() {
    assertThat(checked(input("Site", null, null, null, null, null, null)).address()).isNull();
  }

  @Test
  void everyBadFieldIsNamedAtOnce() {
    List<FieldError> errors = errorsOf(input(" ", "x".repeat(501), "ftp://example.org", "Mars/Olympus", 51, 99L, 99L));

    assertThat(errors).extracting(FieldError::field)
        .containsExactly("name", "tagline", "address", "timeZone", "perPage", "socialImageId", "iconId");
  }

  @ParameterizedTest
  @ValueSource(strings = {"example.org", "/blog", "https://example.org/?p=1", "https://example.org/#top",
      "https://user@example.org", "javascript:alert(1)", "https://exa mple.org"})
  void anAddressMustBeAnAbsoluteHttpAddressWithoutQueryOrFragment(String address) {
    assertThat(errorsOf(input("Site", null, address, null, null, null, null)))
        .extracting(FieldError::field).containsExactly("address");
  }

  @Test
  void textsAreSingleLinesOfStorableCharacters() {
    assertThat(errorsOf(input("Two\nlines", "bell\u0007", null, null, null, null, null)))
        .extracting(FieldError::field, FieldError::message)
        .containsExactly(
            tuple("name", "must be a single line"),
            tuple("tagline", "must not contain the character U+0007 (at 5)"));
  }

  @Test
  void pagesHoldOneToFiftyArticles() {
    assertThat(checked(input("Site", null, null, null, 1, null, null)).perPage()).isEqualTo(1);
    assertThat(checked(input("Site", null, null, null, 50, null, null)).perPage()).isEqualTo(50);
    assertThat(errorsOf(input("Site", null, null, null, 0, null, null))).extracting(FieldError::field).containsExactly("perPage");
  }

  @Test
  void theIconMustBeASquareImageLargeEnoughForHomeScreens() {
    assertThat(errorsOf(input("Site", null, null, null, null, null, BANNER)))
        .extracting(FieldError::message).containsExactly("must be a square image of at least 48 × 48 pixels");
    assertThat(errorsOf(input("Site", null, null, null, null, null, TINY))).extracting(FieldError::field).containsExactly("iconId");
  }

  @Test
  void aTimeZoneMustBeOneJavaKnows() {
    assertThat(checked(input("Site", null, null, "UTC", null, null, null)).timeZone()).isEqualTo("UTC");
    assertThatThrownBy(() -> checked(input("Site", null, null, "+25:00", null, null, null)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("timeZone");
  }
}
