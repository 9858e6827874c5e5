package org.inkwell.cms.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logins whose password was verified in the last minute, so that an API client sending Basic
 * credentials on every call does not pay for PBKDF2 each time. Stores only a salted digest of the
 * password, never the password; a password change takes effect within {@link #LIFETIME}.
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

  boolean contains(String login, String password) {
    Entry entry = entries.get(login);
    if (entry == null) {
      return false;
    }
    if (entry.expires().isBefore(clock.instant())) {
      entries.remove(login, entry);
      return false;
    }
    return MessageDigest.isEqual(entry.digest(), digest(password));
  }

  void add(String login, String password) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(login, new Entry(digest(password), clock.instant().plus(LIFETIME)));
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

  private record Entry(byte[] digest, Instant expires) {}
}
