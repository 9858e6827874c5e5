package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a reader of the search page notices, on an index in memory. */
class LuceneSearchIndexTest {

  private static final Instant T = Instant.parse("2026-05-01T10:00:00Z");

  private final LuceneSearchIndex index = new LuceneSearchIndex(new ByteBuffersDirectory());

  @AfterEach
  void close() {
    index.close();
  }

  private static SearchDocument doc(long id, String title, String body) {
    return new SearchDocument(id, T, title, body, Excerpts.cut(body), List.of("Fitness Tips"), List.of());
  }

  private void put(SearchDocument... docs) {
    for (SearchDocument d : docs) {
      index.put(d);
    }
    index.refresh();
  }

  private List<Long> ids(String query) {
    return index.search(SearchDocument.Kind.ARTICLE, query, 0, 100).page().stream().map(LuceneSearchIndex.Match::id).toList();
  }

  private LuceneSearchIndex.Match only(String query) {
    List<LuceneSearchIndex.Match> page = index.search(SearchDocument.Kind.ARTICLE, query, 0, 100).page();
    assertThat(page).hasSize(1);
    return page.get(0);
  }

  @Test
  void wordsAreFoundByTheirStem() {
    put(doc(1, "Lower back stretches for beginners", "Five gentle stretches you can do every morning."),
        doc(2, "Sleep hygiene", "Habits for better sleep."));

    assertThat(ids("stretching")).containsExactly(1L);
    assertThat(ids("Stretched")).containsExactly(1L);
    assertThat(ids("beginner")).containsExactly(1L);
  }

  @Test
  void articlesAndPagesAreSearchedApart() {
    put(doc(1, "Privacy and sleep trackers", "What your watch knows."),
        new SearchDocument(SearchDocument.Kind.PAGE, 2, T, "Privacy policy", "How we keep your data.", "", List.of(), List.of()));

    assertThat(ids("privacy")).containsExactly(1L);
    assertThat(index.search(SearchDocument.Kind.ARTICLE, "privacy", 0, 10).total()).isEqualTo(1);
    LuceneSearchIndex.Matches pages = index.search(SearchDocument.Kind.PAGE, "privacy", 0, 10);
    assertThat(pages.page()).extracting(LuceneSearchIndex.Match::id).containsExactly(2L);
    assertThat(pages.page().get(0).titleHtml()).isEqualTo("<mark>Privacy</mark> policy");
    assertThat(index.versions()).containsOnlyKeys(1L, 2L);
  }

  @Test
  void aTitleMatchRanksAboveABodyOnlyMatch() {
    put(doc(1, "Meal prep for the week", "Cook once, eat well. Protein at every meal helps recovery, and protein keeps you full."),
        doc(2, "How much protein do you need?", "It depends on your weight and goals."),
        doc(3, "Rest days", "Why rest matters."));

    assertThat(ids("protein")).containsExactly(2L, 1L);
  }

  @Test
  void everyWordIsRequiredInSomeField() {
    put(doc(1, "Lower back stretches", "Gentle moves for a stiff back."),
        doc(2, "Hip mobility routine", "Stretches for tight hips."),
        doc(3, "Core workout", "A stronger core protects the lower back."));

    assertThat(ids("back stretches")).containsExactly(1L);
    assertThat(ids("lower back")).containsExactlyInAnyOrder(1L, 3L);
    assertThat(ids("back mobility")).isEmpty();
  }

  @Test
  void categoriesAndTagsAreSearchedToo() {
    put(new SearchDocument(1, T, "Deadlift form guide", "Keep the bar close.", "", List.of("Strength Training"), List.of("Barbell")),
        doc(2, "Rest days", "Why rest matters."));

    assertThat(ids("barbell")).containsExactly(1L);
    assertThat(ids("strength deadlift")).containsExactly(1L);
  }

  @Test
  void aQuotedPhraseMatchesOnlyTheWordsInThatOrder() {
    put(doc(1, "Lower back pain", "What helps."),
        doc(2, "Back to basics", "Start lower and build up slowly."));

    assertThat(ids("\"lower back\"")).containsExactly(1L);
    assertThat(ids("lower back")).containsExactlyInAnyOrder(1L, 2L);
  }

  @Test
  void excludedWordsAndPrefixesWork() {
    put(doc(1, "Lower back stretches", "Gentle moves."),
        doc(2, "Hamstring stretches", "For runners."));

    assertThat(ids("stretches -back")).containsExactly(2L);
    assertThat(ids("hamstr*")).containsExactly(2L);
  }

  @Test
  void matchesAreMarkedInTitleAndSnippet() {
    put(doc(1, "Lower back stretches for beginners", "Start slowly. These stretches loosen a stiff lower back in minutes."));

    LuceneSearchIndex.Match m = only("stretching back");

    assertThat(m.titleHtml()).isEqualTo("Lower <mark>back</mark> <mark>stretches</mark> for beginners");
    assertThat(m.snippetHtml())
        .isEqualTo("Start slowly. These <mark>stretches</mark> loosen a stiff lower <mark>back</mark> in minutes.");
  }

  @Test
  void aPhraseIsMarkedWhole() {
    put(doc(1, "Pain relief", "Most lower back pain eases within weeks; the lower part of the back heals."));

    assertThat(only("\"lower back pain\"").snippetHtml()).contains("<mark>lower back pain</mark>")
        .doesNotContain("<mark>lower</mark> part");
  }

  @Test
  void markupInTitleAndTextIsEscapedNeverPassedOn() {
    put(doc(1, "Tips & <b>tricks</b> for \"sleep\"",
        "Never paste <script>alert('sleep')</script> into a post & expect sleep to improve. <img src=x onerror=alert(1)>"));

    LuceneSearchIndex.Match m = only("sleep");

    assertThat(m.titleHtml()).isEqualTo("Tips &amp; &lt;b&gt;tricks&lt;&#x2F;b&gt; for &quot;<mark>sleep</mark>&quot;");
    assertThat(m.snippetHtml())
        .contains("&lt;script&gt;alert(&#x27;<mark>sleep</mark>&#x27;)&lt;&#x2F;script&gt;", "post &amp; expect")
        .doesNotContain("<script", "<img", "<b>");
    assertThat(m.snippetHtml().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
  }

  @Test
  void aTitleIsShownWholeAsWritten() {
    put(doc(1, "...and rest! (Really)", "Recovery matters."));

    assertThat(only("rest").titleHtml()).isEqualTo("...and <mark>rest</mark>! (Really)");
    assertThat(only("recovery").titleHtml()).isEqualTo("...and rest! (Really)");
  }

  @Test
  void aSnippetCutAfterAWordDoesNotStartWithItsPunctuation() {
    put(doc(1, "Hydration", words("filler", 80) + ", and then drink water before the run. " + words("padding", 80)));

    String snippet = only("water").snippetHtml();

    assertThat(snippet).startsWith("… ").doesNotStartWith("… ,").doesNotStartWith("… .");
    assertThat(snippet.substring(2, 3)).matches("[A-Za-z0-9]");
  }

  @Test
  void aLongBodyGivesASnippetOfAboutTwoHundredFortyCharactersAroundTheMatchCutWithEllipses() {
    String before = words("filler", 120);
    String after = words("padding", 120);
    put(doc(1, "Hydration", before + " drink water before the run " + after));

    String snippet = only("water").snippetHtml();

    assertThat(snippet).startsWith("… ").endsWith(" …").contains("<mark>water</mark>");
    String text = snippet.replace("<mark>", "").replace("</mark>", "");
    assertThat(text.length()).isBetween(180, 300);
  }

  @Test
  void matchesFarApartInALongBodyStillGiveOneBoundedSnippet() {
    put(doc(1, "Training log", "Squats today. " + words("filler", 300) + " Deadlifts tomorrow."));

    String snippet = only("squats deadlifts").snippetHtml();

    assertThat(snippet).contains("<mark>");
    assertThat(snippet.replace("<mark>", "").replace("</mark>", "").length()).isLessThan(320);
  }

  @Test
  void withoutAMatchInTheBodyTheEscapedExcerptIsTheSnippet() {
    put(new SearchDocument(1, T, "Rest days", "Why recovery matters.", "Your muscles grow <between> sessions & not during them.", List.of(), List.of()));

    LuceneSearchIndex.Match m = only("rest");

    assertThat(m.titleHtml()).isEqualTo("<mark>Rest</mark> days");
    assertThat(m.snippetHtml()).isEqualTo("Your muscles grow &lt;between&gt; sessions &amp; not during them.");
  }

  @Test
  void pagesAreSlicesOfTheRankingWithTheTotalOfAllHits() {
    for (int i = 1; i <= 23; i++) {
      index.put(doc(i, "Workout " + i, "A workout for day " + i + "."));
    }
    index.put(doc(100, "Sleep", "Nothing else."));
    index.refresh();

    LuceneSearchIndex.Matches first = index.search(SearchDocument.Kind.ARTICLE, "workout", 0, 10);
    LuceneSearchIndex.Matches third = index.search(SearchDocument.Kind.ARTICLE, "workouts", 20, 10);
    LuceneSearchIndex.Matches beyond = index.search(SearchDocument.Kind.ARTICLE, "workout", 30, 10);

    assertThat(first.total()).isEqualTo(23);
    assertThat(first.page()).hasSize(10);
    assertThat(third.total()).isEqualTo(23);
    assertThat(third.page()).hasSize(3);
    assertThat(beyond.page()).isEmpty();
    assertThat(beyond.total()).isEqualTo(23);
    List<Long> all = index.search(SearchDocument.Kind.ARTICLE, "workout", 0, 100).page().stream().map(LuceneSearchIndex.Match::id).toList();
    assertThat(all).doesNotHaveDuplicates().hasSize(23)
        .startsWith(first.page().stream().map(LuceneSearchIndex.Match::id).toArray(Long[]::new));
  }

  @Test
  void pagesDeeperThanTheRankLimitAreEmptyButCounted() {
    put(doc(1, "Workout", "Legs."));

    LuceneSearchIndex.Matches deep = index.search(SearchDocument.Kind.ARTICLE, "workout", LuceneSearchIndex.MAX_RANK, 10);

    assertThat(deep.page()).isEmpty();
    assertThat(deep.total()).isEqualTo(1);
  }

  @Test
  void aDeletedArticleIsNoLongerFound() {
    put(doc(1, "Running form tips", "Land softly."), doc(2, "Running shoes", "Fit matters."));

    index.delete(1);
    index.refresh();

    assertThat(ids("running")).containsExactly(2L);
    assertThat(index.versions()).containsOnlyKeys(2L);
  }

  @Test
  void puttingAnArticleAgainReplacesItsOldText() {
    put(doc(1, "Running form tips", "Land softly."));

    put(new SearchDocument(1, T.plusSeconds(60), "Walking for weight loss", "Ten thousand steps.", "", List.of(), List.of()));

    assertThat(ids("running")).isEmpty();
    assertThat(ids("walking")).containsExactly(1L);
    assertThat(index.size()).isEqualTo(1);
    assertThat(index.versions()).containsEntry(1L, T.plusSeconds(60));
  }

  @Test
  void changesAreSeenOnlyAfterARefresh() {
    put(doc(1, "Running form tips", "Land softly."));
    assertThat(ids("running")).containsExactly(1L); // the search that reopens after that refresh

    index.put(doc(2, "Running shoes", "Fit matters."));
    assertThat(ids("running")).containsExactly(1L);

    index.refresh();
    assertThat(ids("running")).containsExactlyInAnyOrder(1L, 2L);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {
      " ", "\"", "\"\"", "(", ")", "()", "*", "**", ":", "title:back", "AND", "OR", "NOT", "-", "--", "+", "|", "~",
      "\\", "back\\", "back AND", "AND back", "-back", "\"lower back", "back)", "((back", "back~2", "back*~",
      "the", "the of and a to", "🙂", "\u0000", "&lt;script&gt;", "<script>alert(1)</script>", "back:", "[back]",
      "{back}", "back^5", "/back/", "a* b* c* d* e* f* g* h* i* j* k* l* m* n* o* p* q* r* s* t* u* v* w*"})
  void noInputThrows(String query) {
    put(doc(1, "Lower back stretches", "Gentle moves for the back."));

    assertThatCode(() -> index.search(SearchDocument.Kind.ARTICLE, query, 0, 10)).doesNotThrowAnyException();
  }

  @Test
  void tenKilobytesOfTextDoNotThrowAndAreCut() {
    put(doc(1, "Lower back stretches", "Gentle moves for the back."));
    String huge = "back " + "x".repeat(10_000) + " ( \" * : AND -";

    assertThatCode(() -> index.search(SearchDocument.Kind.ARTICLE, huge, 0, 10)).doesNotThrowAnyException();
    assertThat(index.search(SearchDocument.Kind.ARTICLE, "back " + "back ".repeat(2_000), 0, 10).page()).hasSize(1);
  }

  @Test
  void blankOnlyStopWordsOrOnlyOperatorsFindNothing() {
    put(doc(1, "The back and the hips", "Of course."));

    assertThat(index.search(SearchDocument.Kind.ARTICLE, "", 0, 10)).isEqualTo(LuceneSearchIndex.Matches.NONE);
    assertThat(index.search(SearchDocument.Kind.ARTICLE, "the and of", 0, 10).page()).isEmpty();
    assertThat(index.search(SearchDocument.Kind.ARTICLE, "*", 0, 10).page()).as("not 'everything'").isEmpty();
    assertThat(index.search(SearchDocument.Kind.ARTICLE, "\"", 0, 10).page()).isEmpty();
  }

  @Test
  void wordsThatOccurNowhereGiveAnEmptyPage() {
    put(doc(1, "Lower back stretches", "Gentle moves."));

    LuceneSearchIndex.Matches none = index.search(SearchDocument.Kind.ARTICLE, "kettlebell", 0, 10);

    assertThat(none.page()).isEmpty();
    assertThat(none.total()).isZero();
  }

  @Test
  void theIndexOutlivesARestartOnceCommitted(@TempDir Path dir) throws Exception {
    try (LuceneSearchIndex first = new LuceneSearchIndex(FSDirectory.open(dir))) {
      first.put(doc(1, "Running form tips", "Land softly."));
      first.put(doc(2, "Uncommitted", "Lost in a crash."));
      first.commit();
      first.put(doc(3, "Also committed at close", "Closing commits."));
    }
    try (LuceneSearchIndex reopened = new LuceneSearchIndex(FSDirectory.open(dir))) {
      assertThat(reopened.versions()).containsOnlyKeys(1L, 2L, 3L);
      assertThat(reopened.search(SearchDocument.Kind.ARTICLE, "running", 0, 10).page()).hasSize(1);
    }
  }

  @Test
  void theJournalPositionIsCommittedWithTheDocumentsAndKeptAcrossARestart(@TempDir Path dir) throws Exception {
    try (LuceneSearchIndex first = new LuceneSearchIndex(FSDirectory.open(dir))) {
      assertThat(first.journalPosition()).isEmpty();
      first.put(doc(1, "Running form tips", "Land softly."));
      assertThat(first.commit(OptionalLong.of(41))).isTrue();
      assertThat(first.commit(OptionalLong.of(42))).as("a new position alone is worth a commit").isTrue();
      assertThat(first.commit(OptionalLong.of(42))).isFalse();
      assertThat(first.commit(OptionalLong.empty())).as("no position: the last one stays").isFalse();
    }
    try (LuceneSearchIndex reopened = new LuceneSearchIndex(FSDirectory.open(dir))) {
      assertThat(reopened.journalPosition()).hasValue(42);
      reopened.put(doc(2, "Sprint drills", "Form first."));
    }
    try (LuceneSearchIndex again = new LuceneSearchIndex(FSDirectory.open(dir))) {
      assertThat(again.journalPosition()).as("a commit without a new position keeps it").hasValue(42);
      assertThat(again.versions()).containsOnlyKeys(1L, 2L);
    }
  }

  private static String words(String word, int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> word + i).collect(Collectors.joining(" "));
  }
}
