package org.inkwell.cms.web.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.inkwell.cms.core.HttpDates;

/**
 * A rendered response (a page or a redirect), its validators, and what it shows (dependency keys, see {@link
 * PageDependencies}), so that a change to any of those discards it.
 */
record CachedPage(
    int status,
    String location,
    boolean keep,
    String contentType,
    byte[] body,
    byte[] gzipped,
    String etag,
    Instant lastModified,
    String lastModifiedHeader,
    Set<String> dependsOn) {

  /** A page ready to serve; kept only if it says so and is a page (200) or the 404 page. */
  static CachedPage of(PageResult result, Instant now) {
    Instant modified = now.truncatedTo(ChronoUnit.SECONDS);
    byte[] body = result.body();
    return new CachedPage(
        result.status(),
        result.location(),
        (result.status() == 200 || result.status() == 404) && result.keep(),
        result.contentType(),
        body,
        gzip(body),
        etagOf(body),
        modified,
        HttpDates.format(modified),
        Set.copyOf(result.dependsOn()));
  }

  /** The same page dated earlier: re-rendered bytes that did not change keep their old date. */
  CachedPage datedAt(Instant modified) {
    return new CachedPage(status, location, keep, contentType, body, gzipped, etag, modified,
        HttpDates.format(modified), dependsOn);
  }

  boolean dependsOnAny(Set<String> keys) {
    for (String key : keys) {
      if (dependsOn.contains(key)) {
        return true;
      }
    }
    return false;
  }

  /** The ETag of the compressed variant: a different representation needs a different tag. */
  String gzipEtag() {
    return etag.substring(0, etag.length() - 1) + "-gz\"";
  }

  /** The renderer's "nothing here" answer, before the site's 404 page replaces it. */
  boolean isNothingFound() {
    return status == 404 && body.length == 0;
  }

  int weight() {
    return body.length + gzipped.length + 64 * dependsOn.size();
  }

  private static String etagOf(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 15)) + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
    try (GZIPOutputStream zip = new GZIPOutputStream(out, 8192)) {
      zip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
