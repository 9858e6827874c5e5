package org.inkwell.cms.web.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as the lower-case words that SEO checks compare: typographic apostrophes count as {@code '}
 * so that "don’t" matches "don't", and hyphens and dashes separate words so that "knee-to-chest"
 * matches "knee to chest".
 */
final class Words {

  private static final Pattern APOSTROPHES = Pattern.compile("[’‘`´ʼ′]");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}\\p{N}]+)*");

  private Words() {}

  static List<String> of(String text) {
    String plain = APOSTROPHES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("'");
    List<String> words = new ArrayList<>();
    Matcher word = WORD.matcher(plain);
    while (word.find()) {
      words.add(word.group());
    }
    return words;
  }
}
