package org.inkwell.cms.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.inkwell.cms.web.admin.SeoCheck.Rating.BAD;
import static org.inkwell.cms.web.admin.SeoCheck.Rating.GOOD;
import static org.inkwell.cms.web.admin.SeoCheck.Rating.OK;
import static org.inkwell.cms.web.admin.SeoDrafts.SEED_KEYPHRASE;
import static org.inkwell.cms.web.admin.SeoDrafts.draft;
import static org.inkwell.cms.web.admin.SeoDrafts.knownCounts;
import static org.inkwell.cms.web.admin.SeoDrafts.seedArticle;
import static org.inkwell.cms.web.admin.SeoDrafts.sentence;
import static org.inkwell.cms.web.admin.SeoDrafts.words;

import java.util.Comparator;
import org.inkwell.cms.web.admin.SeoCheck.Rating;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SeoAnalysisTest {

  private static SeoCheck check(SeoReport report, String id) {
    return report.checks().stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check " + id + " in " + report.checks()));
  }

  private static SeoCheck assertCheck(SeoReport report, String id, Rating rating, String outcome) {
    SeoCheck check = check(report, id);
    assertThat(check.messageKey()).isEqualTo("seo." + id + "." + outcome);
    assertThat(check.rating()).isEqualTo(rating);
    return check;
  }

  private static SeoDrafts keyphrase() {
    return draft().focusKeyphrase(SEED_KEYPHRASE);
  }

  /** The demo's showcase article: whatever its text becomes, it should remain a good example. */
  @Nested
  class SeedArticle {

    @Test
    void ratesTheSeedArticleGoodOverall() {
      assertThat(seedArticle().analyse().overall()).isEqualTo(GOOD);
    }
  }

  @Nested
  class AnArticleOfKnownCounts {

    private final SeoReport report = knownCounts().analyse();

    @Test
    void ratesItGoodOverall() {
      assertThat(report.overall()).isEqualTo(GOOD);
    }

    @Test
    void findsTheKeyphraseEverywhereButInTheFirstParagraph() {
      assertCheck(report, "keyphrase", GOOD, "set");
      assertCheck(report, "keyphraseInTitle", GOOD, "atStart");
      assertCheck(report, "keyphraseInSlug", GOOD, "good");
      assertCheck(report, "keyphraseInIntroduction", BAD, "missing");
      assertCheck(report, "keyphraseInSubheading", GOOD, "good");
      assertCheck(report, "keyphraseInMetaDescription", GOOD, "good");
      assertCheck(report, "keyphraseInImageAlt", GOOD, "good");
    }

    @Test
    void countsTenOccurrencesInAThousandWords() {
      SeoCheck density = assertCheck(report, "keyphraseDensity", GOOD, "good");

      assertThat(density.args()).element(1).isEqualTo(10);
      assertThat((double) density.args().get(2)).isCloseTo(1.0, within(0.001));
      assertThat(assertCheck(report, "textLength", GOOD, "good").args()).containsExactly(1000);
    }

    @Test
    void findsTheMetaTitleOneCharacterTooLongAndTheRestWithinLimits() {
      assertThat(assertCheck(report, "titleLength", OK, "slightlyLong").args()).containsExactly(61, 60);
      assertThat(assertCheck(report, "metaDescriptionLength", GOOD, "good").args()).containsExactly(153);
      assertThat(assertCheck(report, "sentenceLength", GOOD, "good").args()).as("12.5% rounded up").containsExactly(13, 20);
      assertCheck(report, "paragraphLength", GOOD, "good");
    }

    @Test
    void listsTheProblemsFirst() {
      assertThat(report.checks()).extracting(SeoCheck::rating).isSortedAccordingTo(Comparator.reverseOrder());
      assertThat(report.checks()).extracting(SeoCheck::id).first().isEqualTo("keyphraseInIntroduction");
      assertThat(report.checks()).hasSize(13);
    }
  }

  @Nested
  class Keyphrase {

    @Test
    void withoutKeyphraseOnlyTheOtherChecksRunAndTheDraftRatesBad() {
      SeoReport report = knownCounts().focusKeyphrase("  ").analyse();

      assertThat(report.checks()).extracting(SeoCheck::id).containsExactlyInAnyOrder(
          "keyphrase", "titleLength", "metaDescriptionLength", "textLength", "sentenceLength", "paragraphLength");
      assertCheck(report, "keyphrase", BAD, "missing");
      assertThat(report.overall()).isEqualTo(BAD);
    }

    @Test
    void aKeyphraseOfPunctuationOnlyIsMissing() {
      assertCheck(draft().focusKeyphrase("?! –").analyse(), "keyphrase", BAD, "missing");
    }

    @Test
    void showsTheKeyphraseAsEnteredWithSpacesTidied() {
      SeoCheck check = assertCheck(draft().focusKeyphrase("  How to\tpop ").analyse(), "keyphrase", GOOD, "set");

      assertThat(check.args()).containsExactly("How to pop");
    }

    @Test
    void absentFieldsAreEmpty() {
      SeoDraft empty = new SeoDraft(null, null, null, null, null, null, null, null);

      assertThat(empty.title()).isEmpty();
      assertThat(SeoAnalysis.analyse(empty).overall()).isEqualTo(BAD);
    }
  }

  @Nested
  class KeyphraseInTitle {

    @Test
    void bestAtTheBeginning() {
      assertCheck(keyphrase().metaTitle("How to Pop Lower Back safely").analyse(), "keyphraseInTitle", GOOD, "atStart");
    }

    @Test
    void elsewhereIsOk() {
      assertCheck(keyphrase().metaTitle("Safely: how to pop lower back").analyse(), "keyphraseInTitle", OK, "notAtStart");
    }

    @Test
    void itsWordsInAnotherOrderAreOk() {
      assertCheck(keyphrase().metaTitle("Pop your lower back: how to").analyse(), "keyphraseInTitle", OK, "wordsOnly");
    }

    @Test
    void absentIsBad() {
      assertCheck(keyphrase().metaTitle("Back pain relief at home").analyse(), "keyphraseInTitle", BAD, "missing");
    }

    @Test
    void withoutMetaTitleTheTitleCounts() {
      SeoReport report = keyphrase().title("How to pop lower back").siteName("Fitness Hubz").analyse();

      assertCheck(report, "keyphraseInTitle", GOOD, "atStart");
    }

    @Test
    void typographicApostrophesAndDashesMatchPlainOnes() {
      SeoReport report = draft().focusKeyphrase("don't crack your back-bone").metaTitle("Don’t Crack Your Back—Bone").analyse();

      assertCheck(report, "keyphraseInTitle", GOOD, "atStart");
    }
  }

  @Nested
  class KeyphraseInSlug {

    @Test
    void comparedAsSlugWords() {
      SeoReport report = draft().focusKeyphrase("Café crème").slug("cafe-creme-at-home").analyse();

      assertCheck(report, "keyphraseInSlug", GOOD, "good");
    }

    @Test
    void mostWordsAreOk() {
      assertCheck(keyphrase().slug("pop-lower-back").analyse(), "keyphraseInSlug", OK, "mostWords");
    }

    @Test
    void fewWordsAreBad() {
      assertCheck(keyphrase().slug("back-stretches").analyse(), "keyphraseInSlug", BAD, "missing");
    }

    @Test
    void aBlankSlugIsTheOneTheTitleWillGive() {
      SeoReport report = keyphrase().title("How To Pop Lower Back Safely").slug("").analyse();

      assertCheck(report, "keyphraseInSlug", GOOD, "good");
    }
  }

  @Nested
  class KeyphraseInIntroduction {

    @Test
    void onlyTheFirstParagraphCounts() {
      SeoReport report = keyphrase()
          .bodyHtml("<h2>How to pop lower back</h2><p>Stiff after work?</p><p>Here is how to pop lower back.</p>")
          .analyse();

      assertCheck(report, "keyphraseInIntroduction", BAD, "missing");
    }

    @Test
    void thePhraseIsGoodThroughInlineMarkupAndNonBreakingSpaces() {
      SeoReport report = keyphrase().bodyHtml("<p>Here is how&nbsp;to <em>pop</em> lower <a href=/>back</a>.</p>").analyse();

      assertCheck(report, "keyphraseInIntroduction", GOOD, "good");
    }

    @Test
    void allItsWordsAreOk() {
      SeoReport report = keyphrase().bodyHtml("<p>Back pain? Here is how to make it pop, lower down.</p>").analyse();

      assertCheck(report, "keyphraseInIntroduction", OK, "wordsOnly");
    }

    @Test
    void aParagraphInsideAListItemIsAParagraph() {
      SeoReport report = keyphrase().bodyHtml("<ul><li><p>How to pop lower back</p></li></ul>").analyse();

      assertCheck(report, "keyphraseInIntroduction", GOOD, "good");
    }
  }

  @Nested
  class KeyphraseInSubheading {

    @Test
    void allWordsInOneSubheadingAreGood() {
      SeoReport report = keyphrase().bodyHtml("<h2>Stretches</h2><h3>Lower back: how to pop it</h3>").analyse();

      assertCheck(report, "keyphraseInSubheading", GOOD, "good");
    }

    @Test
    void mostWordsAreOk() {
      assertCheck(keyphrase().bodyHtml("<h4>How to pop your back</h4>").analyse(), "keyphraseInSubheading", OK, "mostWords");
    }

    @Test
    void minorHeadingsDoNotCount() {
      SeoReport report = keyphrase().bodyHtml("<h5>How to pop lower back</h5><h2>Other stretches</h2>").analyse();

      assertCheck(report, "keyphraseInSubheading", BAD, "missing");
    }

    @Test
    void noSubheadingsAtAllAreBad() {
      assertCheck(keyphrase().bodyHtml("<p>How to pop lower back</p>").analyse(), "keyphraseInSubheading", BAD, "noSubheadings");
    }
  }

  @Nested
  class KeyphraseInMetaDescription {

    @Test
    void thePhraseIsGood() {
      SeoReport report = keyphrase().metaDescription("Learn HOW TO POP LOWER BACK safely.").analyse();

      assertCheck(report, "keyphraseInMetaDescription", GOOD, "good");
    }

    @Test
    void itsWordsAreOk() {
      SeoReport report = keyphrase().metaDescription("Pop your lower back: how to do it.").analyse();

      assertCheck(report, "keyphraseInMetaDescription", OK, "wordsOnly");
    }

    @Test
    void anEmptyDescriptionLacksIt() {
      assertCheck(keyphrase().analyse(), "keyphraseInMetaDescription", BAD, "missing");
    }
  }

  @Nested
  class KeyphraseInImageAlt {

    @Test
    void anImageInTheBodyCounts() {
      SeoReport report = keyphrase()
          .bodyHtml("<figure><img src='/a.svg' alt='How to pop lower back by yourself'></figure>")
          .analyse();

      assertCheck(report, "keyphraseInImageAlt", GOOD, "good");
    }

    @Test
    void theFeaturedImageCounts() {
      assertCheck(keyphrase().featuredImageAlt("how to pop lower back").analyse(), "keyphraseInImageAlt", GOOD, "good");
    }

    @Test
    void altTextsWithoutItAreOk() {
      SeoReport report = keyphrase().bodyHtml("<img src='/a.svg' alt='a foam roller'>").featuredImageAlt("a chair").analyse();

      assertCheck(report, "keyphraseInImageAlt", OK, "missing");
    }

    @Test
    void imagesWithoutAltTextAreBad() {
      assertCheck(keyphrase().bodyHtml("<img src='/a.svg' alt=''><img src='/b.svg'>").analyse(),
          "keyphraseInImageAlt", BAD, "noAltText");
    }
  }

  @Nested
  class KeyphraseDensity {

    private SeoReport foamRoller(int occurrences, int otherWords) {
      return draft().focusKeyphrase("foam").bodyHtml("<p>" + "foam ".repeat(occurrences) + words(otherWords) + "</p>").analyse();
    }

    @Test
    void fromHalfAPercentToThreePercentIsGood() {
      assertThat(assertCheck(foamRoller(1, 199), "keyphraseDensity", GOOD, "good").args())
          .containsExactly("foam", 1, 0.5);
      assertThat(assertCheck(foamRoller(3, 97), "keyphraseDensity", GOOD, "good").args())
          .containsExactly("foam", 3, 3.0);
    }

    @Test
    void belowHalfAPercentIsOk() {
      assertThat(assertCheck(foamRoller(1, 399), "keyphraseDensity", OK, "low").args())
          .containsExactly("foam", 1, 0.25, 0.5, 3.0);
    }

    @Test
    void aboveThreePercentIsKeywordStuffing() {
      assertThat(assertCheck(foamRoller(4, 96), "keyphraseDensity", BAD, "stuffing").args())
          .containsExactly("foam", 4, 4.0, 3.0);
    }

    @Test
    void absentFromTheTextIsBad() {
      assertCheck(foamRoller(0, 300), "keyphraseDensity", BAD, "notFound");
    }

    @Test
    void countsTheWholePhraseAcrossHeadingsAndListsWithDashesAsSpaces() {
      SeoReport report = draft().focusKeyphrase("knee-to-chest stretch")
          .bodyHtml("<h2>Knee to chest stretch</h2><ul><li>A knee–to–chest stretch.</li></ul><p>" + words(94) + "</p>")
          .analyse();

      assertThat(check(report, "keyphraseDensity").args()).element(1).isEqualTo(2);
    }

    @Test
    void scriptsAndStylesAreNotText() {
      SeoReport report = draft().focusKeyphrase("foam")
          .bodyHtml("<p>foam " + words(99) + "</p><script>var foam = 'foam';</script><style>.foam {}</style>")
          .analyse();

      assertThat(check(report, "keyphraseDensity").args()).containsExactly("foam", 1, 1.0);
    }
  }

  @Nested
  class MetaDescriptionLength {

    private SeoReport describedIn(int characters) {
      return draft().metaDescription("d".repeat(characters)).analyse();
    }

    @Test
    void from120To156CharactersIsGood() {
      assertCheck(describedIn(120), "metaDescriptionLength", GOOD, "good");
      assertCheck(describedIn(156), "metaDescriptionLength", GOOD, "good");
    }

    @Test
    void shorterIsOk() {
      assertThat(assertCheck(describedIn(119), "metaDescriptionLength", OK, "short").args()).containsExactly(119, 120, 156);
    }

    @Test
    void longerIsOk() {
      assertThat(assertCheck(describedIn(157), "metaDescriptionLength", OK, "long").args()).containsExactly(157, 156);
    }

    @Test
    void noDescriptionIsBad() {
      assertCheck(draft().metaDescription(" \n ").analyse(), "metaDescriptionLength", BAD, "missing");
    }

    @Test
    void countsCharactersAsReadersDo() {
      assertThat(check(draft().metaDescription("😀".repeat(120)).analyse(), "metaDescriptionLength").args())
          .containsExactly(120);
    }
  }

  @Nested
  class TitleLength {

    private SeoReport titled(int characters) {
      return draft().metaTitle("t".repeat(characters)).analyse();
    }

    @Test
    void from30To60CharactersIsGood() {
      assertCheck(titled(30), "titleLength", GOOD, "good");
      assertCheck(titled(60), "titleLength", GOOD, "good");
    }

    @Test
    void shorterIsOk() {
      assertThat(assertCheck(titled(29), "titleLength", OK, "short").args()).containsExactly(29, 30, 60);
    }

    @Test
    void aFewCharactersMoreAreOk() {
      assertCheck(titled(61), "titleLength", OK, "slightlyLong");
      assertCheck(titled(65), "titleLength", OK, "slightlyLong");
    }

    @Test
    void longerIsBad() {
      assertThat(assertCheck(titled(66), "titleLength", BAD, "long").args()).containsExactly(66, 60);
    }

    @Test
    void withoutMetaTitleTheTitleAndSiteNameCount() {
      SeoDrafts draft = draft().title("t".repeat(50)).siteName("Fitness Hubz");

      assertThat(draft.build().seoTitle()).isEqualTo("t".repeat(50) + " – Fitness Hubz");
      assertThat(check(draft.analyse(), "titleLength").args()).element(0).isEqualTo(65);
    }

    @Test
    void noTitleIsBad() {
      assertCheck(draft().siteName("Fitness Hubz").analyse(), "titleLength", BAD, "missing");
    }
  }

  @Nested
  class TextLength {

    private SeoReport withWords(int count) {
      return draft().bodyHtml("<p>" + words(count) + "</p>").analyse();
    }

    @Test
    void threeHundredWordsAreGood() {
      assertThat(assertCheck(withWords(300), "textLength", GOOD, "good").args()).containsExactly(300);
    }

    @Test
    void twoHundredWordsAreOk() {
      assertThat(assertCheck(withWords(200), "textLength", OK, "short").args()).containsExactly(200, 300);
      assertCheck(withWords(299), "textLength", OK, "short");
    }

    @Test
    void fewerAreBad() {
      assertCheck(withWords(199), "textLength", BAD, "tooShort");
    }

    @Test
    void wordsOfEveryBlockCountButMarkupDoesNot() {
      SeoReport report = draft().bodyHtml("<h2>One two</h2><ul><li>three</li></ul><p>four <b>five</b>-six</p>").analyse();

      assertThat(check(report, "textLength").args()).element(0).isEqualTo(6);
    }
  }

  @Nested
  class SentenceLength {

    private SeoReport sentences(int longOnes, int shortOnes) {
      String text = (sentence(21) + " ").repeat(longOnes) + (sentence(20) + " ").repeat(shortOnes);
      return draft().bodyHtml("<p>" + text + "</p>").analyse();
    }

    @Test
    void aQuarterOfLongSentencesIsGood() {
      assertThat(assertCheck(sentences(1, 3), "sentenceLength", GOOD, "good").args()).containsExactly(25, 20);
    }

    @Test
    void slightlyMoreIsOk() {
      assertThat(assertCheck(sentences(2, 5), "sentenceLength", OK, "slightlyLong").args()).containsExactly(29, 20, 25);
    }

    @Test
    void moreThan30PercentIsBad() {
      assertThat(assertCheck(sentences(1, 1), "sentenceLength", BAD, "long").args()).containsExactly(50, 20, 25);
    }

    @Test
    void listItemsAreSentencesAndHeadingsAreNot() {
      SeoReport report = draft()
          .bodyHtml("<h2>" + words(30) + "</h2><ul><li>Sit</li><li>Twist</li><li>Hold</li></ul><p>" + sentence(25) + "</p>")
          .analyse();

      assertThat(assertCheck(report, "sentenceLength", GOOD, "good").args()).containsExactly(25, 20);
    }

    @Test
    void questionsAndExclamationsEndSentences() {
      SeoReport report = draft().bodyHtml("<p>" + words(15) + "? " + words(15) + "! " + words(15) + "…</p>").analyse();

      assertCheck(report, "sentenceLength", GOOD, "good");
    }
  }

  @Nested
  class ParagraphLength {

    private static String paragraph(int words) {
      return "<p>" + words(words) + "</p>";
    }

    @Test
    void upTo150WordsIsGood() {
      assertCheck(draft().bodyHtml(paragraph(150)).analyse(), "paragraphLength", GOOD, "good");
    }

    @Test
    void longerParagraphsAreOkAndCounted() {
      SeoReport report = draft().bodyHtml(paragraph(151) + paragraph(20) + paragraph(200)).analyse();

      assertThat(assertCheck(report, "paragraphLength", OK, "long").args()).containsExactly(2, 150);
    }

    @Test
    void over200WordsIsBad() {
      assertCheck(draft().bodyHtml(paragraph(201)).analyse(), "paragraphLength", BAD, "veryLong");
    }

    @Test
    void headingsAreNotParagraphs() {
      assertCheck(draft().bodyHtml("<h2>" + words(300) + "</h2>").analyse(), "paragraphLength", GOOD, "good");
    }
  }

  @Nested
  class Overall {

    @Test
    void aDraftWithAboutHalfItsChecksGoodIsOk() {
      SeoReport report = draft().focusKeyphrase("foam roller")
          .metaTitle("Foam roller basics for runners and walkers")
          .slug("foam-roller")
          .bodyHtml("<p>A foam roller helps.</p>")
          .analyse();

      assertThat(report.checks()).filteredOn(c -> c.rating() == GOOD).hasSize(7);
      assertThat(report.checks()).filteredOn(c -> c.rating() == BAD).hasSize(6);
      assertThat(report.overall()).isEqualTo(OK);
    }

    @Test
    void aDraftWithMostChecksBadIsBad() {
      SeoReport report = keyphrase().metaTitle("Stretches").bodyHtml("<p>Stretch daily.</p>").analyse();

      assertThat(report.overall()).isEqualTo(BAD);
    }
  }
}
