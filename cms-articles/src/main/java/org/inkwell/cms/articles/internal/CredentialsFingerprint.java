package org.inkwell.cms.articles.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.inkwell.cms.articles.Role;

/**
 * What a session and a remembered sign-in depend on: the stored password hash (new salt on every
 * change, so even setting the same password again changes it) and the role. Derived, not stored,
 * so that every way of changing a user changes it.
 */
final class CredentialsFingerprint {

  private CredentialsFingerprint() {}

  static String of(String passwordHash, Role role) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(role.name().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      byte[] digest = sha.digest(passwordHash.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }
}
