package org.inkwell.cms.articles.wordpress.wxr;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What an entry of a file was, in 64 hex digits: an import compares it with the one it stored to
 * tell an item changed in the source since the last run from one that is the same.
 */
public final class Fingerprints {

  private Fingerprints() {}

  public static String of(WxrEntry entry) {
    try {
      // A record's text holds every component, so any change in the source changes it.
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(entry.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
