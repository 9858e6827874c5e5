package org.inkwell.cms.articles;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.inkwell.cms.core.InvalidInputException;

/** Where an article is in its life; written in lower case on the wire ({@code published}). */
public enum ArticleStatus {
  DRAFT,
  PENDING,
  SCHEDULED,
  PUBLISHED,
  TRASHED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a wire name; an unknown one is a 400 that lists the known ones. */
  public static ArticleStatus parse(String field, String value) {
    for (ArticleStatus status : values()) {
      if (status.wireName().equalsIgnoreCase(value.trim())) {
        return status;
      }
    }
    throw new InvalidInputException(
        field,
        "must be one of "
            + Arrays.stream(values()).map(ArticleStatus::wireName).collect(Collectors.joining(", ")));
  }
}
