package org.inkwell.cms.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing without locking the owner out. Failures count per client address
 * and login together: after {@link #FREE_FAILURES} of them that client waits for a lock-out that
 * doubles with each further failure, up to {@link #MAX_LOCKOUT}, while the same login from any
 * other address is untouched. A success clears that client's record. Separately, each address may
 * cause at most a configured number of password hashes a minute, checked before the hash runs, unless
 * a user signed in successfully from it in the last hour. Records expire and are bounded in
 * number, the least used going first: a spray of made-up logins cannot lift the lock-out of a
 * client that keeps guessing.
 */
@ApplicationScoped
public class LoginThrottle {

  static final int FREE_FAILURES = 5;
  static final Duration FIRST_LOCKOUT = Duration.ofSeconds(2);
  static final Duration MAX_LOCKOUT = Duration.ofMinutes(15);
  static final Duration FAILURE_MEMORY = Duration.ofHours(24);
  static final Duration HASH_WINDOW = Duration.ofMinutes(1);
  static final Duration TRUST = Duration.ofHours(1);
  private static final int MAX_TRACKED = 100_000;
  private static final String SEPARATOR = "\n";

  private final Ticker ticker;
  private final Cache<String, Failures> failures;
  private final Cache<String, HashWindow> hashes;
  private final Cache<String, Boolean> trusted;

  @Inject
  @ConfigProperty(name = "cms.security.sign-in-hashes-per-minute", defaultValue = "30")
  int hashesPerMinute;

  public LoginThrottle() {
    this(Ticker.systemTicker(), 0);
  }

  LoginThrottle(Ticker ticker, int hashesPerMinute) {
    this.ticker = ticker;
    this.hashesPerMinute = hashesPerMinute;
    failures = bounded(FAILURE_MEMORY);
    hashes = bounded(HASH_WINDOW);
    trusted = bounded(TRUST);
  }

  private <V> Cache<String, V> bounded(Duration lifetime) {
    return Caffeine.newBuilder()
        .ticker(ticker)
        .expireAfterWrite(lifetime)
        .maximumSize(MAX_TRACKED)
        .executor(Runnable::run) // no common-pool threads inside the application server
        .build();
  }

  /**
   * How long this client must wait before its password for {@code login} may be checked, or empty
   * if it may be checked now; a check allowed here counts against the address's hashing budget.
   */
  public Optional<Duration> admit(String address, String login) {
    Optional<Duration> locked = lockout(address, login);
    if (locked.isPresent() || trusted.getIfPresent(address) != null) {
      return locked;
    }
    long now = ticker.read();
    HashWindow window = hashes.asMap().compute(address, (key, previous) ->
        previous == null || now - previous.start() >= HASH_WINDOW.toNanos()
            ? new HashWindow(now, 1)
            : new HashWindow(previous.start(), previous.count() + 1));
    if (window.count() <= hashesPerMinute) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofNanos(HASH_WINDOW.toNanos() - (now - window.start())));
  }

  /** The rest of this client's lock-out for {@code login}, if it is locked out. */
  public Optional<Duration> lockout(String address, String login) {
    Failures f = failures.getIfPresent(key(address, login));
    long now = ticker.read();
    return f == null || f.blockedUntil() <= now ? Optional.empty() : Optional.of(Duration.ofNanos(f.blockedUntil() - now));
  }

  void failed(String address, String login) {
    long now = ticker.read();
    failures.asMap().compute(key(address, login), (key, previous) -> {
      int count = previous == null ? 1 : previous.count() + 1;
      long until = now;
      if (count >= FREE_FAILURES) {
        Duration lockout = FIRST_LOCKOUT.multipliedBy(1L << Math.min(count - FREE_FAILURES, 20));
        until = now + (lockout.compareTo(MAX_LOCKOUT) > 0 ? MAX_LOCKOUT : lockout).toNanos();
      }
      return new Failures(count, until);
    });
  }

  void succeeded(String address, String login) {
    failures.invalidate(key(address, login));
    trusted.put(address, Boolean.TRUE);
  }

  private static String key(String address, String login) {
    return address + SEPARATOR + login;
  }

  private record Failures(int count, long blockedUntil) {}

  private record HashWindow(long start, int count) {}
}
