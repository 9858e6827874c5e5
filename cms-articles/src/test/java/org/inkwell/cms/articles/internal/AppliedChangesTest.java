package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AppliedChangesTest {

  private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Test
  void rowsInOrderMoveTheWatermarkAndAreNeverAppliedTwice() {
    AppliedChanges applied = new AppliedChanges(10, PATIENCE);
    assertThat(applied.add(11, T0)).isTrue();
    assertThat(applied.add(12, T0)).isTrue();
    applied.settle(T0);
    assertThat(applied.watermark()).isEqualTo(12);
    assertThat(applied.add(12, T0)).isFalse();
    assertThat(applied.add(9, T0)).as("older than this node's start").isFalse();
  }

  @Test
  void aRowCommittedLateBehindAHigherOneIsStillApplied() {
    AppliedChanges applied = new AppliedChanges(10, PATIENCE);
    applied.add(12, T0);
    applied.settle(T0);
    assertThat(applied.watermark()).as("11 may still commit").isEqualTo(10);
    assertThat(applied.contains(12)).isTrue();
    assertThat(applied.contains(11)).isFalse();

    assertThat(applied.add(11, T0.plusSeconds(5))).isTrue();
    applied.settle(T0.plusSeconds(5));
    assertThat(applied.watermark()).isEqualTo(12);
  }

  @Test
  void aHoleLeftByARollbackIsGivenUpAfterThePatience() {
    AppliedChanges applied = new AppliedChanges(10, PATIENCE);
    applied.add(13, T0);
    applied.settle(T0.plusSeconds(59));
    assertThat(applied.watermark()).isEqualTo(10);
    applied.settle(T0.plusSeconds(60));
    assertThat(applied.watermark()).isEqualTo(13);
  }

  @Test
  void aJumpOfTheSequenceIsNotTakenForMillionsOfHoles() {
    AppliedChanges applied = new AppliedChanges(10, PATIENCE);
    applied.add(5_000_000, T0);
    applied.settle(T0);
    assertThat(applied.watermark()).isEqualTo(5_000_000);
  }
}
