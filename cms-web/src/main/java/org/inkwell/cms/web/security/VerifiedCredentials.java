package org.inkwell.cms.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;

/**
 * Passwords verified in the last minute, so that an API client sending Basic credentials on every
 * call does not pay PBKDF2 each time. Stores only a salted digest of the password, never the
 * password, together with the user's credentials fingerprint at that moment: once the password or
 * role changes, or the user is deactivated, the remembered verification no longer counts.
 */
@ApplicationScoped
public class VerifiedCredentials {

  static final Duration LIFETIME = Duration.ofSeconds(60);
  static final int MAX_ENTRIES = 10_000;

  private final byte[] salt = new byte[32];
  private final Cache<String, Entry> entries;

  public VerifiedCredentials() {
    this(Ticker.systemTicker());
  }

  VerifiedCredentials(Ticker ticker) {
    new SecureRandom().nextBytes(salt);
    entries = Caffeine.newBuilder()
        .ticker(ticker)
        .expireAfterWrite(LIFETIME)
        .maximumSize(MAX_ENTRIES)
        .executor(Runnable::run) // no common-pool threads inside the application server
        .build();
  }

  /**
   * Whether this password was verified for this login in the last minute while the user's
   * credentials were {@code credentials}, as they are now.
   */
  boolean matches(String login, String password, String credentials) {
    Entry entry = entries.getIfPresent(login);
    return entry != null
        && entry.credentials().equals(credentials)
        && MessageDigest.isEqual(entry.digest(), digest(password));
  }

  void add(String login, String password, String credentials) {
    entries.put(login, new Entry(digest(password), credentials));
  }

  long size() {
    entries.cleanUp();
    return entries.estimatedSize();
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

  private record Entry(byte[] digest, String credentials) {}
}
