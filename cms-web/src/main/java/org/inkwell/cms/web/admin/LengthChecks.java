package org.inkwell.cms.web.admin;

import static org.inkwell.cms.web.admin.SeoFinding.DESCRIPTION_LENGTH_GOOD;
import static org.inkwell.cms.web.admin.SeoFinding.DESCRIPTION_LONG;
import static org.inkwell.cms.web.admin.SeoFinding.DESCRIPTION_SHORT;
import static org.inkwell.cms.web.admin.SeoFinding.NO_DESCRIPTION;
import static org.inkwell.cms.web.admin.SeoFinding.NO_TITLE;
import static org.inkwell.cms.web.admin.SeoFinding.TEXT_LENGTH_GOOD;
import static org.inkwell.cms.web.admin.SeoFinding.TEXT_SHORT;
import static org.inkwell.cms.web.admin.SeoFinding.TEXT_TOO_SHORT;
import static org.inkwell.cms.web.admin.SeoFinding.TITLE_LENGTH_GOOD;
import static org.inkwell.cms.web.admin.SeoFinding.TITLE_LONG;
import static org.inkwell.cms.web.admin.SeoFinding.TITLE_SHORT;
import static org.inkwell.cms.web.admin.SeoFinding.TITLE_SLIGHTLY_LONG;

import java.util.List;

/**
 * Whether the SEO title, the meta description and the text have the lengths search engines show
 * in full and rank well. Lengths are in characters as a reader counts them (code points).
 */
final class LengthChecks {

  /** Google shows about 600 pixels of a title, some 60 characters; a few more may still fit. */
  private static final int TITLE_MIN = 30;
  private static final int TITLE_MAX = 60;
  private static final int TITLE_TOLERATED = 65;
  /** Yoast's range for meta descriptions. */
  private static final int DESCRIPTION_MIN = 120;
  private static final int DESCRIPTION_MAX = 156;
  /** Yoast's minimum for a post; shorter texts rarely rank. */
  private static final int TEXT_WORDS = 300;
  private static final int TEXT_WORDS_TOLERATED = 200;

  private LengthChecks() {}

  static List<SeoCheck> all(SeoDraft draft, BodyWords body) {
    return List.of(title(draft.seoTitle()), metaDescription(draft.metaDescription()), text(body.wordCount()));
  }

  private static SeoCheck title(String seoTitle) {
    int length = length(seoTitle);
    if (length == 0) {
      return NO_TITLE.check();
    }
    if (length < TITLE_MIN) {
      return TITLE_SHORT.check(length, TITLE_MIN, TITLE_MAX);
    }
    if (length <= TITLE_MAX) {
      return TITLE_LENGTH_GOOD.check(length, TITLE_MAX);
    }
    return length <= TITLE_TOLERATED
        ? TITLE_SLIGHTLY_LONG.check(length, TITLE_MAX)
        : TITLE_LONG.check(length, TITLE_MAX);
  }

  private static SeoCheck metaDescription(String description) {
    int length = length(description);
    if (length == 0) {
      return NO_DESCRIPTION.check();
    }
    if (length < DESCRIPTION_MIN) {
      return DESCRIPTION_SHORT.check(length, DESCRIPTION_MIN, DESCRIPTION_MAX);
    }
    return length <= DESCRIPTION_MAX
        ? DESCRIPTION_LENGTH_GOOD.check(length)
        : DESCRIPTION_LONG.check(length, DESCRIPTION_MAX);
  }

  private static SeoCheck text(int words) {
    if (words >= TEXT_WORDS) {
      return TEXT_LENGTH_GOOD.check(words);
    }
    return words >= TEXT_WORDS_TOLERATED
        ? TEXT_SHORT.check(words, TEXT_WORDS)
        : TEXT_TOO_SHORT.check(words, TEXT_WORDS);
  }

  private static int length(String text) {
    String shown = ArticleText.normaliseSpace(text);
    return shown.codePointCount(0, shown.length());
  }
}
