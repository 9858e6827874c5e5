package org.inkwell.cms.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@link #FREE_FAILURES} failed logins for one name, further
 * attempts are refused unchecked for a lock-out that doubles with each failure, up to 15 minutes.
 * A success clears the record.
 */
@ApplicationScoped
public class LoginThrottle {

  static final int FREE_FAILURES = 5;
  static final Duration FIRST_LOCKOUT = Duration.ofSeconds(2);
  static final Duration MAX_LOCKOUT = Duration.ofMinutes(15);
  private static final int MAX_TRACKED = 100_000;

  private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  public LoginThrottle() {
    this(Clock.systemUTC());
  }

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  public boolean isBlocked(String login) {
    Failures f = failures.get(login);
    return f != null && f.blockedUntil() != null && clock.instant().isBefore(f.blockedUntil());
  }

  void failed(String login) {
    if (failures.size() >= MAX_TRACKED) {
      failures.clear();
    }
    failures.compute(
        login,
        (key, previous) -> {
          int count = previous == null ? 1 : previous.count() + 1;
          Instant until = null;
          if (count >= FREE_FAILURES) {
            long factor = 1L << Math.min(count - FREE_FAILURES, 20);
            Duration lockout = FIRST_LOCKOUT.multipliedBy(factor);
            until = clock.instant().plus(lockout.compareTo(MAX_LOCKOUT) > 0 ? MAX_LOCKOUT : lockout);
          }
          return new Failures(count, until);
        });
  }

  void succeeded(String login) {
    failures.remove(login);
  }

  private record Failures(int count, Instant blockedUntil) {}
}
