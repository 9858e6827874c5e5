package org.inkwell.cms.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Which page of a collection a client wants, 1-based, validated.
 *
 * @since 0.1
 */
public record PageRequest(int page, int perPage) {

  public static final int DEFAULT_PER_PAGE = 10;
  public static final int MAX_PER_PAGE = 100;
  public static final int MAX_PAGE = 100_000;

  public PageRequest {
    List<FieldError> errors = new ArrayList<>();
    if (page < 1 || page > MAX_PAGE) {
      errors.add(new FieldError("page", "must be a whole number from 1 to " + MAX_PAGE));
    }
    if (perPage < 1 || perPage > MAX_PER_PAGE) {
      errors.add(new FieldError("per_page", "must be a whole number from 1 to " + MAX_PER_PAGE));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /** Parses query parameters; absent ones take the defaults (page 1, 10 per page). */
  public static PageRequest parse(String page, String perPage) {
    List<FieldError> errors = new ArrayList<>();
    int p = parseNumber("page", page, 1, MAX_PAGE, 1, errors);
    int pp = parseNumber("per_page", perPage, 1, MAX_PER_PAGE, DEFAULT_PER_PAGE, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new PageRequest(p, pp);
  }

  public int offset() {
    return (page - 1) * perPage;
  }

  private static int parseNumber(
      String field, String raw, int min, int max, int fallback, List<FieldError> errors) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException tooLargeOrNotANumber) {
      // reported below, like any other out-of-range value
    }
    errors.add(new FieldError(field, "must be a whole number from " + min + " to " + max));
    return fallback;
  }
}
