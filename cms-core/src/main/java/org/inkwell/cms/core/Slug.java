package org.inkwell.cms.core;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A URL-safe name: lower-case ASCII letters and digits in words joined by single hyphens.
 *
 * @since 0.1
 */
public record Slug(String value) {

  public static final int MAX_LENGTH = 200;
  private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’‘`]");
  private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

  public Slug {
    if (!isValid(value)) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "slug",
                  "must be 1 to "
                      + MAX_LENGTH
                      + " lower-case letters, digits and single hyphens, e.g. my-first-post")));
    }
  }

  public static boolean isValid(String value) {
    return value != null && value.length() <= MAX_LENGTH && VALID.matcher(value).matches();
  }

  /**
   * Derives a slug from a title the way readers expect: accents folded, punctuation dropped, words
   * joined with hyphens, cut at a word boundary when too long. A title with no letters or digits
   * gives {@code untitled}.
   */
  public static Slug fromTitle(String title) {
    String folded = foldLetters(title == null ? "" : title);
    String decomposed = Normalizer.normalize(folded, Normalizer.Form.NFKD);
    String plain = COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    plain = APOSTROPHES.matcher(plain).replaceAll("");
    String hyphenated = NON_ALPHANUMERIC.matcher(plain).replaceAll("-");
    String trimmed = trimHyphens(hyphenated);
    if (trimmed.length() > MAX_LENGTH) {
      int cut = trimmed.lastIndexOf('-', MAX_LENGTH);
      trimmed = trimmed.substring(0, cut > 0 ? cut : MAX_LENGTH);
      trimmed = trimHyphens(trimmed);
    }
    return new Slug(trimmed.isEmpty() ? "untitled" : trimmed);
  }

  /** This slug with a numeric suffix, still within the length limit: {@code post-2}. */
  public Slug withSuffix(int n) {
    String suffix = "-" + n;
    String base = value.length() + suffix.length() > MAX_LENGTH
        ? trimHyphens(value.substring(0, MAX_LENGTH - suffix.length()))
        : value;
    return new Slug(base + suffix);
  }

  // Letters that Unicode decomposition does not reduce to ASCII.
  private static String foldLetters(String text) {
    return text.replace("ß", "ss")
        .replace("æ", "ae")
        .replace("Æ", "AE")
        .replace("œ", "oe")
        .replace("Œ", "OE")
        .replace("ø", "o")
        .replace("Ø", "O")
        .replace("ł", "l")
        .replace("Ł", "L")
        .replace("đ", "d")
        .replace("Đ", "D")
        .replace("þ", "th")
        .replace("Þ", "TH")
        .replace("ð", "d")
        .replace("Ð", "D")
        .replace("ı", "i")
        .replace("&", " and ");
  }

  private static String trimHyphens(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == '-') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == '-') {
      end--;
    }
    return s.substring(start, end);
  }

  @Override
  public String toString() {
    return value;
  }
}
