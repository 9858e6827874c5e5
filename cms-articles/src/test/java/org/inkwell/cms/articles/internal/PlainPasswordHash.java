package org.inkwell.cms.articles.internal;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/** Stands in for the server's PBKDF2 in tests that need passwords matched, not hashed. */
final class PlainPasswordHash implements Pbkdf2PasswordHash {

  @Override
  public String generate(char[] password) {
    return "plain:" + new String(password);
  }

  @Override
  public boolean verify(char[] password, String hashedPassword) {
    return hashedPassword.equals(generate(password));
  }
}
