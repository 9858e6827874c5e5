package org.inkwell.cms.web.admin;

import static org.inkwell.cms.web.admin.SeoCheck.Rating.BAD;
import static org.inkwell.cms.web.admin.SeoCheck.Rating.GOOD;
import static org.inkwell.cms.web.admin.SeoCheck.Rating.OK;

import java.util.List;
import org.inkwell.cms.web.admin.SeoCheck.Rating;

/**
 * Every outcome a check can have, with its rating and message key ({@code seo.<check>.<outcome>}),
 * listed in one place so that a test can hold the bundle to it.
 */
enum SeoFinding {
  KEYPHRASE_SET("keyphrase", GOOD, "set"),
  KEYPHRASE_MISSING("keyphrase", BAD, "missing"),

  TITLE_BEGINS_WITH_KEYPHRASE("keyphraseInTitle", GOOD, "atStart"),
  TITLE_HAS_KEYPHRASE_LATER("keyphraseInTitle", OK, "notAtStart"),
  TITLE_HAS_KEYPHRASE_WORDS("keyphraseInTitle", OK, "wordsOnly"),
  TITLE_LACKS_KEYPHRASE("keyphraseInTitle", BAD, "missing"),

  SLUG_HAS_KEYPHRASE("keyphraseInSlug", GOOD, "good"),
  SLUG_HAS_MOST_KEYPHRASE_WORDS("keyphraseInSlug", OK, "mostWords"),
  SLUG_LACKS_KEYPHRASE("keyphraseInSlug", BAD, "missing"),

  INTRODUCTION_HAS_KEYPHRASE("keyphraseInIntroduction", GOOD, "good"),
  INTRODUCTION_HAS_KEYPHRASE_WORDS("keyphraseInIntroduction", OK, "wordsOnly"),
  INTRODUCTION_LACKS_KEYPHRASE("keyphraseInIntroduction", BAD, "missing"),

  SUBHEADING_HAS_KEYPHRASE("keyphraseInSubheading", GOOD, "good"),
  SUBHEADING_HAS_MOST_KEYPHRASE_WORDS("keyphraseInSubheading", OK, "mostWords"),
  SUBHEADINGS_LACK_KEYPHRASE("keyphraseInSubheading", BAD, "missing"),
  NO_SUBHEADINGS("keyphraseInSubheading", BAD, "noSubheadings"),

  DESCRIPTION_HAS_KEYPHRASE("keyphraseInMetaDescription", GOOD, "good"),
  DESCRIPTION_HAS_KEYPHRASE_WORDS("keyphraseInMetaDescription", OK, "wordsOnly"),
  DESCRIPTION_LACKS_KEYPHRASE("keyphraseInMetaDescription", BAD, "missing"),

  IMAGE_ALT_HAS_KEYPHRASE("keyphraseInImageAlt", GOOD, "good"),
  IMAGE_ALTS_LACK_KEYPHRASE("keyphraseInImageAlt", OK, "missing"),
  NO_IMAGE_ALTS("keyphraseInImageAlt", BAD, "noAltText"),

  DENSITY_GOOD("keyphraseDensity", GOOD, "good"),
  DENSITY_LOW("keyphraseDensity", OK, "low"),
  KEYPHRASE_NOT_IN_TEXT("keyphraseDensity", BAD, "notFound"),
  KEYPHRASE_STUFFING("keyphraseDensity", BAD, "stuffing"),

  DESCRIPTION_LENGTH_GOOD("metaDescriptionLength", GOOD, "good"),
  DESCRIPTION_SHORT("metaDescriptionLength", OK, "short"),
  DESCRIPTION_LONG("metaDescriptionLength", OK, "long"),
  NO_DESCRIPTION("metaDescriptionLength", BAD, "missing"),

  TITLE_LENGTH_GOOD("titleLength", GOOD, "good"),
  TITLE_SHORT("titleLength", OK, "short"),
  TITLE_SLIGHTLY_LONG("titleLength", OK, "slightlyLong"),
  TITLE_LONG("titleLength", BAD, "long"),
  NO_TITLE("titleLength", BAD, "missing"),

  TEXT_LENGTH_GOOD("textLength", GOOD, "good"),
  TEXT_SHORT("textLength", OK, "short"),
  TEXT_TOO_SHORT("textLength", BAD, "tooShort"),

  SENTENCES_GOOD("sentenceLength", GOOD, "good"),
  SENTENCES_SLIGHTLY_LONG("sentenceLength", OK, "slightlyLong"),
  SENTENCES_LONG("sentenceLength", BAD, "long"),

  PARAGRAPHS_GOOD("paragraphLength", GOOD, "good"),
  PARAGRAPHS_LONG("paragraphLength", OK, "long"),
  PARAGRAPHS_VERY_LONG("paragraphLength", BAD, "veryLong");

  private final String checkId;
  private final Rating rating;
  private final String messageKey;

  SeoFinding(String checkId, Rating rating, String outcome) {
    this.checkId = checkId;
    this.rating = rating;
    this.messageKey = "seo." + checkId + "." + outcome;
  }

  String messageKey() {
    return messageKey;
  }

  SeoCheck check(Object... args) {
    return new SeoCheck(checkId, rating, messageKey, List.of(args));
  }
}
