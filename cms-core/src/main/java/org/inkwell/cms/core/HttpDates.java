package org.inkwell.cms.core;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates in HTTP headers (RFC 9110 §5.6.7), such as {@code Last-Modified} and {@code
 * If-Modified-Since}. Senders must use the IMF-fixdate, {@code Sun, 06 Nov 1994 08:49:37 GMT},
 * with a two-digit day: {@link DateTimeFormatter#RFC_1123_DATE_TIME} writes {@code Sun, 6 Nov}.
 *
 * @since 0.4
 */
public final class HttpDates {

  private static final DateTimeFormatter IMF_FIXDATE = strict("EEE, dd MMM uuuu HH:mm:ss 'GMT'");
  private static final DateTimeFormatter ASCTIME = strict("EEE MMM ppd HH:mm:ss uuuu");
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withResolverStyle(ResolverStyle.STRICT);

  private HttpDates() {}

  /** The instant as an IMF-fixdate, to the second (HTTP dates have no fractions). */
  public static String format(Instant instant) {
    return IMF_FIXDATE.format(instant);
  }

  /**
   * The instant a header value names in any of the three formats a recipient must accept: the
   * IMF-fixdate, the obsolete RFC 850 date ({@code Sunday, 06-Nov-94 08:49:37 GMT}) and C's
   * asctime ({@code Sun Nov  6 08:49:37 1994}); also RFC 1123's one-digit days, numeric zones and
   * any letter case, as this site itself once sent and as the RFC encourages. Empty for anything else, so that a malformed header is
   * ignored as the RFC asks.
   */
  public static Optional<Instant> parse(String value) {
    return parse(value, Year.now(ZoneOffset.UTC));
  }

  /** {@link #parse(String)} as of {@code now}, which decides the century of a two-digit year. */
  static Optional<Instant> parse(String value, Year now) {
    if (value == null) {
      return Optional.empty();
    }
    for (DateTimeFormatter format : List.of(IMF_FIXDATE, rfc850(now), ASCTIME, RFC_1123)) {
      try {
        return Optional.of(format.parse(value.strip(), Instant::from));
      } catch (DateTimeException notThisFormat) {
        // try the next one
      }
    }
    return Optional.empty();
  }

  /**
   * RFC 850's two-digit years: one that would be more than 50 years in the future is the most
   * recent past year with those digits (RFC 9110 §5.6.7).
   */
  private static DateTimeFormatter rfc850(Year now) {
    return new DateTimeFormatterBuilder()
        .appendPattern("EEEE, dd-MMM-")
        .appendValueReduced(ChronoField.YEAR, 2, 2, LocalDate.of(now.getValue() - 49, 1, 1))
        .appendPattern(" HH:mm:ss 'GMT'")
        .toFormatter(Locale.ENGLISH)
        .withZone(ZoneOffset.UTC)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  private static DateTimeFormatter strict(String pattern) {
    return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH)
        .withZone(ZoneOffset.UTC)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
