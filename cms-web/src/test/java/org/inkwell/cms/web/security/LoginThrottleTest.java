package org.inkwell.cms.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final String LOGIN = "eve";
  private static final String ATTACKER = "203.0.113.9";
  private static final String OWNER = "198.51.100.4";
  private static final int HASHES_PER_MINUTE = 30;
  private static final Duration MS = Duration.ofMillis(1);

  private final MutableClock clock = new MutableClock(Instant.parse("2025-05-01T09:00:00Z"));
  private final LoginThrottle throttle = new LoginThrottle(clock::nanos, HASHES_PER_MINUTE);

  private void fail(int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(ATTACKER, LOGIN);
    }
  }

  private boolean isBlocked(String address) {
    return throttle.lockout(address, LOGIN).isPresent();
  }

  /** How long the current lock-out lasts from now, measured to the millisecond. */
  private Duration remainingLockout() {
    Duration waited = Duration.ZERO;
    while (isBlocked(ATTACKER)) {
      clock.advance(MS);
      waited = waited.plus(MS);
      if (waited.compareTo(Duration.ofMinutes(16)) > 0) {
        throw new AssertionError("lock-out longer than 16 minutes");
      }
    }
    return waited;
  }

  @Test
  void unknownClientIsNotBlocked() {
    assertThat(throttle.admit(ATTACKER, LOGIN)).isEmpty();
  }

  @Test
  void fewFailuresDoNotBlock() {
    fail(LoginThrottle.FREE_FAILURES - 1);

    assertThat(isBlocked(ATTACKER)).isFalse();
  }

  @Test
  void attemptAfterFiveFailuresIsBlocked() {
    fail(LoginThrottle.FREE_FAILURES);

    assertThat(throttle.admit(ATTACKER, LOGIN)).contains(Duration.ofSeconds(2));
  }

  @Test
  void lockoutDoublesWithEachFurtherFailureThenExpires() {
    fail(LoginThrottle.FREE_FAILURES);
    assertThat(remainingLockout()).isEqualTo(Duration.ofSeconds(2));

    throttle.failed(ATTACKER, LOGIN);
    assertThat(remainingLockout()).isEqualTo(Duration.ofSeconds(4));

    throttle.failed(ATTACKER, LOGIN);
    assertThat(remainingLockout()).isEqualTo(Duration.ofSeconds(8));
  }

  @Test
  void lockoutNeverExceedsFifteenMinutes() {
    fail(LoginThrottle.FREE_FAILURES + 40);

    clock.advance(Duration.ofMinutes(15).minus(MS));
    assertThat(isBlocked(ATTACKER)).isTrue();

    clock.advance(MS);
    assertThat(isBlocked(ATTACKER)).isFalse();
  }

  @Test
  void theAttackersGuessesDoNotLockTheOwnerOut() {
    fail(LoginThrottle.FREE_FAILURES + 10);

    assertThat(isBlocked(ATTACKER)).isTrue();
    assertThat(throttle.admit(OWNER, LOGIN)).isEmpty();
  }

  @Test
  void oneGuessEveryFifteenMinutesKeepsOnlyTheAttackerLockedOut() {
    fail(LoginThrottle.FREE_FAILURES);
    for (int i = 0; i < 8; i++) {
      clock.advance(Duration.ofMinutes(15));
      throttle.failed(ATTACKER, LOGIN);
    }

    assertThat(isBlocked(ATTACKER)).isTrue();
    assertThat(throttle.admit(OWNER, LOGIN)).isEmpty();
  }

  @Test
  void successLiftsThatClientsLockout() {
    fail(LoginThrottle.FREE_FAILURES);

    throttle.succeeded(ATTACKER, LOGIN);

    assertThat(isBlocked(ATTACKER)).isFalse();
  }

  @Test
  void successStartsTheCountAgain() {
    fail(LoginThrottle.FREE_FAILURES - 1);
    throttle.succeeded(ATTACKER, LOGIN);

    fail(LoginThrottle.FREE_FAILURES - 1);

    assertThat(isBlocked(ATTACKER)).isFalse();
  }

  @Test
  void failuresForOneLoginDoNotBlockAnother() {
    fail(LoginThrottle.FREE_FAILURES);

    assertThat(throttle.lockout(ATTACKER, "art")).isEmpty();
  }

  @Test
  void failuresAreForgottenAfterADayWithoutAny() {
    fail(LoginThrottle.FREE_FAILURES - 1);
    clock.advance(LoginThrottle.FAILURE_MEMORY);

    throttle.failed(ATTACKER, LOGIN);

    assertThat(isBlocked(ATTACKER)).isFalse();
  }

  @Test
  void sprayingMadeUpLoginsDoesNotLiftTheLockoutOfAClientThatKeepsTrying() {
    fail(LoginThrottle.FREE_FAILURES + 10);

    for (int i = 0; i < 150_000; i++) {
      throttle.failed("192.0.2." + (i % 250), "made-up-" + i);
      if (i % 1000 == 0) {
        throttle.admit(ATTACKER, LOGIN);
      }
    }

    assertThat(isBlocked(ATTACKER)).isTrue();
  }

  @Test
  void hashingIsBudgetedPerAddressBeforeTheHashRuns() {
    for (int i = 0; i < HASHES_PER_MINUTE; i++) {
      assertThat(throttle.admit(ATTACKER, "login-" + i)).isEmpty();
    }
    clock.advance(Duration.ofSeconds(20));

    Optional<Duration> refused = throttle.admit(ATTACKER, "one-more");

    assertThat(refused).contains(Duration.ofSeconds(40));
    assertThat(throttle.admit(OWNER, LOGIN)).isEmpty();
    clock.advance(Duration.ofSeconds(40));
    assertThat(throttle.admit(ATTACKER, "next-minute")).isEmpty();
  }

  @Test
  void anAddressThatSignedInInTheLastHourIsNotBudgeted() {
    throttle.succeeded(OWNER, LOGIN);

    for (int i = 0; i < HASHES_PER_MINUTE * 3; i++) {
      assertThat(throttle.admit(OWNER, "login-" + i)).isEmpty();
    }
    clock.advance(LoginThrottle.TRUST);
    for (int i = 0; i < HASHES_PER_MINUTE; i++) {
      throttle.admit(OWNER, "later-" + i);
    }
    assertThat(throttle.admit(OWNER, "one-more")).isPresent();
  }

  @Test
  void aTrustedAddressIsStillLockedOutOfALoginItKeepsGuessing() {
    throttle.succeeded(ATTACKER, "attackers-own-account");

    fail(LoginThrottle.FREE_FAILURES);

    assertThat(throttle.admit(ATTACKER, LOGIN)).isPresent();
  }
}
