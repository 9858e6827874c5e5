package org.inkwell.cms.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ImportEtaTest {

  private static final Instant QUEUED = Instant.parse("2026-01-05T10:00:00Z");

  @Test
  void whatIsLeftTakesAsLongAsWhatIsDoneTookEach() {
    assertThat(ImportEta.remaining(250, 1000, QUEUED, QUEUED.plusSeconds(60))).contains(Duration.ofMinutes(3));
    assertThat(ImportEta.remaining(999, 1000, QUEUED, QUEUED.plusSeconds(999))).contains(Duration.ofSeconds(1));
  }

  @Test
  void unknownBeforeTheFirstEntriesAndAfterTheLast() {
    assertThat(ImportEta.remaining(0, 1000, QUEUED, QUEUED.plusSeconds(5))).isEmpty();
    assertThat(ImportEta.remaining(1000, 1000, QUEUED, QUEUED.plusSeconds(5))).isEmpty();
    assertThat(ImportEta.remaining(10, 0, QUEUED, QUEUED.plusSeconds(5))).as("not measured yet").isEmpty();
  }

  @Test
  void saidInRoundWords() {
    assertThat(ImportEta.words(Duration.ofSeconds(20))).isEqualTo("less than a minute");
    assertThat(ImportEta.words(Duration.ofSeconds(70))).isEqualTo("about 1 minute");
    assertThat(ImportEta.words(Duration.ofMinutes(12))).isEqualTo("about 12 minutes");
    assertThat(ImportEta.words(Duration.ofMinutes(150))).isEqualTo("about 3 hours");
  }
}
