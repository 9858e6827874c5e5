package org.inkwell.cms.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.inkwell.cms.articles.Actor;

/**
 * Logins whose password was verified in the last minute, and the user they resolved to, so that an
 * API client sending Basic credentials on every call pays neither PBKDF2 nor a user look-up each
 * time. Stores only a salted digest of the password, never the password; a password, role or
 * activation change takes effect within {@link #LIFETIME}.
 */
@ApplicationScoped
public class VerifiedCredentials {

  static final Duration LIFETIME = Duration.ofSeconds(60);
  private static final int MAX_ENTRIES = 10_000;

  private final byte[] salt = new byte[32];
  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final Clock clock;

  public VerifiedCredentials() {
    this(Clock.systemUTC());
  }

  VerifiedCredentials(Clock clock) {
    this.clock = clock;
    new SecureRandom().nextBytes(salt);
  }

  /** The user these credentials resolved to, if they were verified less than a minute ago. */
  Optional<Actor> find(String login, String password) {
    Entry entry = entries.get(login);
    if (entry == null) {
      return Optional.empty();
    }
    if (entry.expires().isBefore(clock.instant())) {
      entries.remove(login, entry);
      return Optional.empty();
    }
    return MessageDigest.isEqual(entry.digest(), digest(password)) ? Optional.of(entry.actor()) : Optional.empty();
  }

  void add(String login, String password, Actor actor) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(login, new Entry(digest(password), actor, clock.instant().plus(LIFETIME)));
  }

  private byte[] digest(String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      return sha.digest(password.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }

  private record Entry(byte[] digest, Actor actor, Instant expires) {}
}
