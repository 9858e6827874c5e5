package org.inkwell.cms.core;

import java.util.List;

/**
 * The characters a stored text may hold: those XML 1.0 allows, with no lone surrogates. Feeds and
 * sitemaps are XML, so one such character stored anywhere would make them unreadable. Services
 * refuse other input at the field; importers, and XML writers as a second defence, strip it.
 *
 * @since 0.2
 */
public final class StoredText {

  private StoredText() {}

  /** Reports a one-line text (a title, a name, alt text) with a line break or a character above. */
  public static void checkLine(List<FieldError> errors, String field, String value) {
    check(errors, field, value, true);
  }

  /** Reports a text that may span lines (a bio, a description) with a character named above. */
  public static void checkText(List<FieldError> errors, String field, String value) {
    check(errors, field, value, false);
  }

  /** The text without the characters XML 1.0 cannot carry and without lone surrogates. */
  public static String strip(String value) {
    if (value == null || firstInvalid(value, false) < 0) {
      return value;
    }
    StringBuilder kept = new StringBuilder(value.length());
    value.codePoints().filter(StoredText::isAllowed).forEach(kept::appendCodePoint);
    return kept.toString();
  }

  /** {@link #strip}, with each line break and tab turned into a space: for one-line fields. */
  public static String stripLine(String value) {
    String stripped = strip(value);
    return stripped == null ? null : stripped.replaceAll("[\r\n\t]", " ");
  }

  private static void check(List<FieldError> errors, String field, String value, boolean oneLine) {
    if (value == null) {
      return;
    }
    int index = firstInvalid(value, oneLine);
    if (index < 0) {
      return;
    }
    int c = value.codePointAt(index);
    errors.add(
        new FieldError(
            field,
            c == '\r' || c == '\n'
                ? "must be a single line"
                : String.format("must not contain the character U+%04X (at %d)", c, index + 1)));
  }

  private static int firstInvalid(String value, boolean oneLine) {
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (!isAllowed(c) || (oneLine && (c == '\r' || c == '\n'))) {
        return i;
      }
      i += Character.charCount(c);
    }
    return -1;
  }

  // XML 1.0's Char production. A lone surrogate reads as a code point in D800-DFFF: not allowed.
  private static boolean isAllowed(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
