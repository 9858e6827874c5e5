package org.inkwell.cms.articles.internal;

/** Excerpts as WordPress makes them: the first 55 words of the text, then " […]". */
final class Excerpts {

  static final int WORDS = 55;
  static final String MORE = " […]";
  static final int MAX_LENGTH = 2000;

  private Excerpts() {}

  /** The excerpt of a body that {@link HtmlSanitizer#body} produced. */
  static String generate(String sanitizedBody) {
    String text = HtmlSanitizer.textOfSanitized(sanitizedBody);
    if (text.isEmpty()) {
      return "";
    }
    return cut(text);
  }

  /** Plain text cut after {@link #WORDS} words, marked with {@link #MORE} when it was cut. */
  static String cut(String text) {
    String[] words = text.split(" ");
    if (words.length <= WORDS) {
      return text;
    }
    return String.join(" ", java.util.Arrays.copyOf(words, WORDS)) + MORE;
  }

  /** An editor's own excerpt, reduced to plain text. */
  static String manual(String excerpt) {
    return HtmlSanitizer.plainText(excerpt);
  }
}
