package org.inkwell.cms.articles.rest;

import jakarta.ws.rs.core.EntityTag;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.StaleVersionException;
import org.inkwell.cms.core.VersionRequiredException;

/**
 * ETags carry an entity's version: {@code "7"}. {@code If-Match} compares them strongly (RFC
 * 9110, 13.1.1): a weak tag or one this server never gave out matches no version.
 */
final class Versions {

  private static final String TAG = "\\s*(W/)?\"([\\x21\\x23-\\x7E\\x80-\\xFF]*)\"\\s*";
  private static final Pattern TAG_LIST = Pattern.compile(TAG + "(," + TAG + ")*");
  private static final Pattern ONE_TAG = Pattern.compile(TAG);
  private static final Pattern VERSION = Pattern.compile("[0-9]{1,18}");

  private Versions() {}

  static EntityTag tag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version an {@code If-Match} header names; a missing header (or {@code *}) is refused (428). */
  static long required(String ifMatch) {
    Long version = optional(ifMatch);
    if (version == null) {
      throw new VersionRequiredException();
    }
    return version;
  }

  /**
   * The version an {@code If-Match} header names, or {@code null} for none or {@code *} (any
   * current version). A well-formed header naming no version of ours is stale (412).
   */
  static Long optional(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    if (!TAG_LIST.matcher(ifMatch).matches()) {
      throw new InvalidInputException("If-Match", "must be the ETag of the version you read, e.g. \"3\"");
    }
    List<Long> versions = new ArrayList<>();
    for (Matcher m = ONE_TAG.matcher(ifMatch); m.find(); ) {
      if (m.group(1) == null && VERSION.matcher(m.group(2)).matches()) {
        versions.add(Long.parseLong(m.group(2)));
      }
    }
    if (versions.isEmpty()) {
      throw new StaleVersionException(ifMatch.strip());
    }
    if (versions.size() > 1) {
      throw new InvalidInputException("If-Match", "must name the one version you read");
    }
    return versions.get(0);
  }
}
