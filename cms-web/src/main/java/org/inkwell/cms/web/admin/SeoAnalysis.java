package org.inkwell.cms.web.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.inkwell.cms.web.admin.SeoCheck.Rating;

/**
 * A live SEO check of an article being edited, after the Yoast SEO plugin: where the focus
 * keyphrase appears, the lengths of title, meta description and text, and readability. Cheap enough
 * for the editor to rerun on every keystroke; it keeps no state and is safe to call from any thread.
 *
 * <p>Texts are compared case-insensitively as words, with HTML reduced to the text a reader sees and
 * typographic apostrophes and dashes treated like plain ones.
 */
public final class SeoAnalysis {

  /** The base name of the bundle holding the English hints: {@code seo.properties} in this package. */
  public static final String MESSAGES = "org.inkwell.cms.web.admin.seo";

  /** Overall GOOD from 70% of the points a draft can score, OK from 40%, as Yoast rates. */
  private static final int GOOD_SCORE = 70;
  private static final int OK_SCORE = 40;

  private SeoAnalysis() {}

  public static SeoReport analyse(SeoDraft draft) {
    BodyWords body = BodyWords.of(draft.bodyHtml());
    Optional<Keyphrase> keyphrase = Keyphrase.of(draft.focusKeyphrase());
    List<SeoCheck> checks = new ArrayList<>(keyphrase
        .map(k -> new KeyphraseChecks(draft, body, k).all())
        .orElse(List.of(SeoFinding.KEYPHRASE_MISSING.check())));
    checks.addAll(LengthChecks.all(draft, body));
    checks.addAll(ReadabilityChecks.all(body));
    checks.sort(Comparator.comparing(SeoCheck::rating).reversed());
    // Without a keyphrase most checks cannot run, so a good score would flatter the draft.
    Rating overall = keyphrase.isPresent() ? overall(checks) : Rating.BAD;
    return new SeoReport(checks, overall);
  }

  private static Rating overall(List<SeoCheck> checks) {
    int points = checks.stream().mapToInt(c -> points(c.rating())).sum();
    int score = points * 100 / (2 * checks.size());
    if (score >= GOOD_SCORE) {
      return Rating.GOOD;
    }
    return score >= OK_SCORE ? Rating.OK : Rating.BAD;
  }

  private static int points(Rating rating) {
    return switch (rating) {
      case GOOD -> 2;
      case OK -> 1;
      case BAD -> 0;
    };
  }
}
