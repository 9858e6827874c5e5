package org.inkwell.cms.articles.rest;

import jakarta.ws.rs.core.EntityTag;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.VersionRequiredException;

/** ETags carry an entity's version: {@code "7"}. */
final class Versions {

  private Versions() {}

  static EntityTag tag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version an {@code If-Match} header names; a missing header is refused (428). */
  static long required(String ifMatch) {
    Long version = optional(ifMatch);
    if (version == null) {
      throw new VersionRequiredException();
    }
    return version;
  }

  static Long optional(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    String value = ifMatch.strip();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    value = value.replace("\"", "");
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("If-Match", "must be the ETag of the version you read, e.g. \"3\"");
    }
  }
}
