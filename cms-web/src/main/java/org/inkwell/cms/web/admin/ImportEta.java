package org.inkwell.cms.web.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a running import still needs, at the pace it has kept since it was queued: what is left
 * of its entries times the time each took so far. Unknown until the first entries are in.
 */
final class ImportEta {

  private ImportEta() {}

  static Optional<Duration> remaining(long done, long total, Instant startedAt, Instant now) {
    if (done <= 0 || total <= done || startedAt == null || !now.isAfter(startedAt)) {
      return Optional.empty();
    }
    long elapsed = Duration.between(startedAt, now).toMillis();
    return Optional.of(Duration.ofMillis(Math.round((double) elapsed * (total - done) / done)));
  }

  /** "less than a minute", "about 1 minute", "about 12 minutes", "about 2 hours". */
  static String words(Duration left) {
    long minutes = Math.round(left.toSeconds() / 60.0);
    if (minutes < 1) {
      return Notices.text("import.eta.seconds");
    }
    if (minutes < 90) {
      return Notices.text("import.eta.minutes", minutes);
    }
    return Notices.text("import.eta.hours", Math.round(minutes / 60.0));
  }
}
