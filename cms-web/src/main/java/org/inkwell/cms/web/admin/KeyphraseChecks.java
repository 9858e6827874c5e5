package org.inkwell.cms.web.admin;

import static org.inkwell.cms.web.admin.SeoFinding.DENSITY_GOOD;
import static org.inkwell.cms.web.admin.SeoFinding.DENSITY_LOW;
import static org.inkwell.cms.web.admin.SeoFinding.DESCRIPTION_HAS_KEYPHRASE;
import static org.inkwell.cms.web.admin.SeoFinding.DESCRIPTION_HAS_KEYPHRASE_WORDS;
import static org.inkwell.cms.web.admin.SeoFinding.DESCRIPTION_LACKS_KEYPHRASE;
import static org.inkwell.cms.web.admin.SeoFinding.IMAGE_ALTS_LACK_KEYPHRASE;
import static org.inkwell.cms.web.admin.SeoFinding.IMAGE_ALT_HAS_KEYPHRASE;
import static org.inkwell.cms.web.admin.SeoFinding.INTRODUCTION_HAS_KEYPHRASE;
import static org.inkwell.cms.web.admin.SeoFinding.INTRODUCTION_HAS_KEYPHRASE_WORDS;
import static org.inkwell.cms.web.admin.SeoFinding.INTRODUCTION_LACKS_KEYPHRASE;
import static org.inkwell.cms.web.admin.SeoFinding.KEYPHRASE_NOT_IN_TEXT;
import static org.inkwell.cms.web.admin.SeoFinding.KEYPHRASE_SET;
import static org.inkwell.cms.web.admin.SeoFinding.KEYPHRASE_STUFFING;
import static org.inkwell.cms.web.admin.SeoFinding.NO_IMAGE_ALTS;
import static org.inkwell.cms.web.admin.SeoFinding.NO_SUBHEADINGS;
import static org.inkwell.cms.web.admin.SeoFinding.SLUG_HAS_KEYPHRASE;
import static org.inkwell.cms.web.admin.SeoFinding.SLUG_HAS_MOST_KEYPHRASE_WORDS;
import static org.inkwell.cms.web.admin.SeoFinding.SLUG_LACKS_KEYPHRASE;
import static org.inkwell.cms.web.admin.SeoFinding.SUBHEADINGS_LACK_KEYPHRASE;
import static org.inkwell.cms.web.admin.SeoFinding.SUBHEADING_HAS_KEYPHRASE;
import static org.inkwell.cms.web.admin.SeoFinding.SUBHEADING_HAS_MOST_KEYPHRASE_WORDS;
import static org.inkwell.cms.web.admin.SeoFinding.TITLE_BEGINS_WITH_KEYPHRASE;
import static org.inkwell.cms.web.admin.SeoFinding.TITLE_HAS_KEYPHRASE_LATER;
import static org.inkwell.cms.web.admin.SeoFinding.TITLE_HAS_KEYPHRASE_WORDS;
import static org.inkwell.cms.web.admin.SeoFinding.TITLE_LACKS_KEYPHRASE;

import java.util.List;
import java.util.stream.Stream;
import org.inkwell.cms.core.Slug;
import org.inkwell.cms.web.admin.Keyphrase.Match;

/** Where the focus keyphrase appears, and how often. */
final class KeyphraseChecks {

  /** Yoast's recommended keyphrase density, in percent of the words. */
  private static final double MIN_DENSITY = 0.5;
  private static final double MAX_DENSITY = 3.0;

  private final SeoDraft draft;
  private final BodyWords body;
  private final Keyphrase keyphrase;
  private final String asEntered;

  KeyphraseChecks(SeoDraft draft, BodyWords body, Keyphrase keyphrase) {
    this.draft = draft;
    this.body = body;
    this.keyphrase = keyphrase;
    this.asEntered = ArticleText.normaliseSpace(draft.focusKeyphrase());
  }

  List<SeoCheck> all() {
    return List.of(KEYPHRASE_SET.check(asEntered), title(), slug(), introduction(), subheading(),
        metaDescription(), imageAlt(), density());
  }

  private SeoCheck title() {
    List<String> title = Words.of(draft.seoTitle());
    if (keyphrase.begins(title)) {
      return TITLE_BEGINS_WITH_KEYPHRASE.check(asEntered);
    }
    return switch (keyphrase.matchIn(title)) {
      case PHRASE -> TITLE_HAS_KEYPHRASE_LATER.check(asEntered);
      case ALL_WORDS -> TITLE_HAS_KEYPHRASE_WORDS.check(asEntered);
      case MOST_WORDS, NONE -> TITLE_LACKS_KEYPHRASE.check(asEntered);
    };
  }

  /** Compared as slugs, so that "Café Crème" matches cafe-creme; a blank slug will be made from the title. */
  private SeoCheck slug() {
    String slug = draft.slug().isBlank() ? Slug.fromTitle(draft.title()).value() : draft.slug();
    // A slug always has a word: one made of no letters or digits is "untitled".
    Keyphrase slugged = Keyphrase.of(Slug.fromTitle(draft.focusKeyphrase()).value()).orElseThrow();
    return switch (slugged.matchIn(Words.of(slug))) {
      case PHRASE, ALL_WORDS -> SLUG_HAS_KEYPHRASE.check(asEntered);
      case MOST_WORDS -> SLUG_HAS_MOST_KEYPHRASE_WORDS.check(asEntered);
      case NONE -> SLUG_LACKS_KEYPHRASE.check(asEntered);
    };
  }

  private SeoCheck introduction() {
    List<String> intro = body.firstParagraph().map(BodyWords.Part::words).orElse(List.of());
    return switch (keyphrase.matchIn(intro)) {
      case PHRASE -> INTRODUCTION_HAS_KEYPHRASE.check(asEntered);
      case ALL_WORDS -> INTRODUCTION_HAS_KEYPHRASE_WORDS.check(asEntered);
      case MOST_WORDS, NONE -> INTRODUCTION_LACKS_KEYPHRASE.check(asEntered);
    };
  }

  private SeoCheck subheading() {
    List<BodyWords.Part> subheadings = body.subheadings();
    if (subheadings.isEmpty()) {
      return NO_SUBHEADINGS.check(asEntered);
    }
    return switch (bestMatch(subheadings.stream().map(BodyWords.Part::words).toList())) {
      case PHRASE, ALL_WORDS -> SUBHEADING_HAS_KEYPHRASE.check(asEntered);
      case MOST_WORDS -> SUBHEADING_HAS_MOST_KEYPHRASE_WORDS.check(asEntered);
      case NONE -> SUBHEADINGS_LACK_KEYPHRASE.check(asEntered);
    };
  }

  private SeoCheck metaDescription() {
    return switch (keyphrase.matchIn(Words.of(draft.metaDescription()))) {
      case PHRASE -> DESCRIPTION_HAS_KEYPHRASE.check(asEntered);
      case ALL_WORDS -> DESCRIPTION_HAS_KEYPHRASE_WORDS.check(asEntered);
      case MOST_WORDS, NONE -> DESCRIPTION_LACKS_KEYPHRASE.check(asEntered);
    };
  }

  /** The featured image counts as one of the article's images: it is asEntered with it. */
  private SeoCheck imageAlt() {
    List<List<String>> alts = Stream.concat(
            Stream.of(draft.featuredImageAlt()), body.imageAlts().stream())
        .filter(alt -> !alt.isBlank())
        .map(Words::of)
        .toList();
    if (alts.isEmpty()) {
      return NO_IMAGE_ALTS.check(asEntered);
    }
    return bestMatch(alts).compareTo(Match.ALL_WORDS) >= 0
        ? IMAGE_ALT_HAS_KEYPHRASE.check(asEntered)
        : IMAGE_ALTS_LACK_KEYPHRASE.check(asEntered);
  }

  /** Occurrences of the whole phrase per 100 words of the body, headings and list items included. */
  private SeoCheck density() {
    int count = body.parts().stream().mapToInt(p -> keyphrase.occurrencesIn(p.words())).sum();
    int words = body.wordCount();
    double density = words == 0 ? 0 : count * 100.0 / words;
    if (count == 0) {
      return KEYPHRASE_NOT_IN_TEXT.check(asEntered);
    }
    if (density < MIN_DENSITY) {
      return DENSITY_LOW.check(asEntered, count, density, MIN_DENSITY, MAX_DENSITY);
    }
    return density > MAX_DENSITY
        ? KEYPHRASE_STUFFING.check(asEntered, count, density, MAX_DENSITY)
        : DENSITY_GOOD.check(asEntered, count, density);
  }

  private Match bestMatch(List<List<String>> texts) {
    Match best = Match.NONE;
    for (List<String> text : texts) {
      Match match = keyphrase.matchIn(text);
      if (match.compareTo(best) > 0) {
        best = match;
      }
    }
    return best;
  }
}
