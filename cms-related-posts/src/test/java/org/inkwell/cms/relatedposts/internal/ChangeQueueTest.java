package org.inkwell.cms.relatedposts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChangeQueueTest {

  private static final Duration QUIET = Duration.ofMillis(150);
  private static final Duration MAX_WAIT = Duration.ofSeconds(1);
  private static final Instant T0 = Instant.parse("2025-06-01T12:00:00Z");

  private final ChangeQueue queue = new ChangeQueue(QUIET, MAX_WAIT);

  @Test
  void manyChangesToOneArticleAreHandedOutOnce() {
    Instant lastChange = T0.plusMillis(49);
    for (int i = 0; i < 200; i++) {
      queue.add(7, T0.plusMillis(i / 4));
    }

    assertThat(queue.size()).isEqualTo(1);
    assertThat(queue.take(lastChange.plus(QUIET).minusMillis(1))).isEmpty();
    assertThat(queue.take(lastChange.plus(QUIET))).containsExactly(7L);
    assertThat(queue.take(lastChange.plus(QUIET).plusSeconds(10))).isEmpty();
  }

  @Test
  void nothingIsHandedOutWhileChangesKeepComing() {
    queue.add(1, T0);
    queue.add(2, T0.plusMillis(100));

    assertThat(queue.take(T0.plusMillis(100).plus(QUIET).minusMillis(1))).isEmpty();
    assertThat(queue.size()).isEqualTo(2);
    assertThat(queue.take(T0.plusMillis(100).plus(QUIET))).containsExactlyInAnyOrder(1L, 2L);
    assertThat(queue.size()).isZero();
  }

  @Test
  void aSteadyStreamOfChangesIsHandedOutOnceTheOldestHasWaitedLongEnough() {
    for (int i = 0; i < 10; i++) {
      Instant at = T0.plusMillis(100L * i);
      queue.add(i % 3, at);
      assertThat(queue.take(at)).as("after %d ms", 100 * i).isEmpty();
    }
    Instant t = T0.plus(MAX_WAIT);
    queue.add(3, t);

    assertThat(queue.take(t)).containsExactlyInAnyOrder(0L, 1L, 2L, 3L);
  }

  @Test
  void theQuietPeriodStartsAgainAfterATake() {
    queue.add(1, T0);
    assertThat(queue.take(T0.plus(QUIET))).containsExactly(1L);

    queue.add(2, T0.plus(MAX_WAIT).plus(MAX_WAIT));

    assertThat(queue.take(T0.plus(MAX_WAIT).plus(MAX_WAIT))).isEmpty();
  }

  @Test
  void anEmptyQueueHandsOutNothing() {
    assertThat(queue.take(T0)).isEmpty();
  }

  @Test
  void countsEveryChangeReceived() {
    for (int i = 0; i < 200; i++) {
      queue.add(7, T0);
    }
    queue.add(8, T0);
    queue.take(T0.plus(QUIET));

    assertThat(queue.received()).isEqualTo(201);
  }
}
