package org.inkwell.cms.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HttpDatesTest {

  private static final Instant RFC_EXAMPLE = Instant.parse("1994-11-06T08:49:37Z");

  @Test
  void formatsTheImfFixdateWithATwoDigitDay() {
    assertThat(HttpDates.format(Instant.parse("2026-12-02T10:00:00.750Z"))).isEqualTo("Wed, 02 Dec 2026 10:00:00 GMT");
    assertThat(HttpDates.format(RFC_EXAMPLE)).isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Sun, 06 Nov 1994 08:49:37 GMT", // IMF-fixdate
      "Sunday, 06-Nov-94 08:49:37 GMT", // obsolete RFC 850
      "Sun Nov  6 08:49:37 1994", // asctime
      "Sun, 6 Nov 1994 08:49:37 GMT", // RFC 1123 with a one-digit day, as this site once sent
      "sun, 06 nov 1994 08:49:37 gmt",
      "Sun, 06 Nov 1994 09:49:37 +0100",
      "  Sun, 06 Nov 1994 08:49:37 GMT "})
  void readsTheFormatsARecipientMustAccept(String value) {
    assertThat(HttpDates.parse(value)).contains(RFC_EXAMPLE);
  }

  @Test
  void readsWhatItWrites() {
    Instant now = Instant.parse("2026-02-28T23:59:59Z");
    assertThat(HttpDates.parse(HttpDates.format(now))).contains(now);
    assertThat(HttpDates.parse("Sat, 14 Nov 2026 08:49:37 GMT")).contains(Instant.parse("2026-11-14T08:49:37Z"));
    assertThat(HttpDates.parse("Sat Nov 14 08:49:37 2026")).contains(Instant.parse("2026-11-14T08:49:37Z"));
  }

  @Test
  void aTwoDigitYearIsNeverMoreThanFiftyYearsAhead() {
    Year now = Year.of(2026);
    assertThat(HttpDates.parse("Wednesday, 01-Jan-76 00:00:00 GMT", now)).contains(Instant.parse("2076-01-01T00:00:00Z"));
    assertThat(HttpDates.parse("Saturday, 01-Jan-77 00:00:00 GMT", now)).contains(Instant.parse("1977-01-01T00:00:00Z"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {
      "yesterday",
      "-1",
      "1994-11-06T08:49:37Z",
      "Sun, 06 Nov 1994 08:49:37", // no zone
      "Mon, 06 Nov 1994 08:49:37 GMT", // a Sunday
      "Sun, 31 Feb 1994 08:49:37 GMT",
      "Sun, 06 Nov 1994 25:49:37 GMT",
      "Mon, 31 Feb 1994 08:49:37 GMT", // 28 February was a Monday
      "Sun, 06 Nov 1994 08:49:37 GMT garbage"})
  void ignoresAnythingElse(String value) {
    assertThat(HttpDates.parse(value)).isEmpty();
  }
}
