package org.inkwell.cms.web.admin;

import static org.inkwell.cms.web.admin.SeoFinding.PARAGRAPHS_GOOD;
import static org.inkwell.cms.web.admin.SeoFinding.PARAGRAPHS_LONG;
import static org.inkwell.cms.web.admin.SeoFinding.PARAGRAPHS_VERY_LONG;
import static org.inkwell.cms.web.admin.SeoFinding.SENTENCES_GOOD;
import static org.inkwell.cms.web.admin.SeoFinding.SENTENCES_LONG;
import static org.inkwell.cms.web.admin.SeoFinding.SENTENCES_SLIGHTLY_LONG;

import java.util.List;
import java.util.regex.Pattern;

/** Sentence and paragraph lengths, with Yoast's limits for English. */
final class ReadabilityChecks {

  private static final int LONG_SENTENCE_WORDS = 20;
  private static final int LONG_SENTENCES_PERCENT = 25;
  private static final int TOO_MANY_LONG_SENTENCES_PERCENT = 30;
  private static final int LONG_PARAGRAPH_WORDS = 150;
  private static final int VERY_LONG_PARAGRAPH_WORDS = 200;

  /**
   * A sentence ends at . ! ? or … followed by a space; a block (list item, paragraph) also ends
   * one, so items without a full stop count. Abbreviations such as "e.g. this" split a sentence
   * too early, which errs on the lenient side.
   */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+");

  private ReadabilityChecks() {}

  static List<SeoCheck> all(BodyWords body) {
    List<BodyWords.Part> paragraphs = body.paragraphs();
    return List.of(sentences(paragraphs), paragraphs(paragraphs));
  }

  private static SeoCheck sentences(List<BodyWords.Part> paragraphs) {
    int sentences = 0;
    int longSentences = 0;
    for (BodyWords.Part paragraph : paragraphs) {
      for (String sentence : SENTENCE_END.split(paragraph.block().text())) {
        int words = Words.of(sentence).size();
        if (words > 0) {
          sentences++;
          longSentences += words > LONG_SENTENCE_WORDS ? 1 : 0;
        }
      }
    }
    // Rounded up, so that a share just above a limit never shows as the limit itself.
    int percent = sentences == 0 ? 0 : (longSentences * 100 + sentences - 1) / sentences;
    boolean overLimit = longSentences * 100 > sentences * LONG_SENTENCES_PERCENT;
    if (!overLimit) {
      return SENTENCES_GOOD.check(percent, LONG_SENTENCE_WORDS);
    }
    return longSentences * 100 > sentences * TOO_MANY_LONG_SENTENCES_PERCENT
        ? SENTENCES_LONG.check(percent, LONG_SENTENCE_WORDS, LONG_SENTENCES_PERCENT)
        : SENTENCES_SLIGHTLY_LONG.check(percent, LONG_SENTENCE_WORDS, LONG_SENTENCES_PERCENT);
  }

  private static SeoCheck paragraphs(List<BodyWords.Part> paragraphs) {
    int longParagraphs = 0;
    boolean veryLong = false;
    for (BodyWords.Part paragraph : paragraphs) {
      int words = paragraph.words().size();
      if (words > LONG_PARAGRAPH_WORDS) {
        longParagraphs++;
        veryLong |= words > VERY_LONG_PARAGRAPH_WORDS;
      }
    }
    if (longParagraphs == 0) {
      return PARAGRAPHS_GOOD.check(LONG_PARAGRAPH_WORDS);
    }
    return veryLong
        ? PARAGRAPHS_VERY_LONG.check(longParagraphs, LONG_PARAGRAPH_WORDS)
        : PARAGRAPHS_LONG.check(longParagraphs, LONG_PARAGRAPH_WORDS);
  }
}
