package org.inkwell.cms.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkwell.cms.web.admin.DiffRow.Kind.CHANGED;
import static org.inkwell.cms.web.admin.DiffRow.Kind.COLLAPSED;
import static org.inkwell.cms.web.admin.DiffRow.Kind.DELETED;
import static org.inkwell.cms.web.admin.DiffRow.Kind.INSERTED;
import static org.inkwell.cms.web.admin.DiffRow.Kind.UNCHANGED;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RevisionDiffTest {

  private static final String TITLE = "How To Pop Lower Back Safely";
  private static final String SEED = SeoDrafts.SEED_HTML;

  private static RevisionComparison compareBodies(String older, String newer) {
    return RevisionDiff.compare(new ArticleVersion(TITLE, older), new ArticleVersion(TITLE, newer));
  }

  private static List<DiffRow> changes(RevisionComparison comparison) {
    return comparison.body().stream().filter(r -> r.kind() != UNCHANGED && r.kind() != COLLAPSED).toList();
  }

  private static DiffSegment same(String text) {
    return new DiffSegment(text, DiffSegment.Kind.SAME);
  }

  private static DiffSegment deleted(String text) {
    return new DiffSegment(text, DiffSegment.Kind.DELETED);
  }

  private static DiffSegment inserted(String text) {
    return new DiffSegment(text, DiffSegment.Kind.INSERTED);
  }

  /** Paragraphs p0, p1, ... each with a sentence of its own. */
  private static String paragraphs(int count) {
    return IntStream.range(0, count).mapToObj(i -> "<p>Paragraph p" + i + " reads well.</p>").collect(Collectors.joining());
  }

  @Nested
  class IdenticalVersions {

    @Test
    void haveNoChangesAndShowOneMarkerForTheWholeBody() {
      // The seed's 52 paragraphs, headings and list items.
      RevisionComparison comparison = RevisionDiff.compare(new ArticleVersion(TITLE, SEED), new ArticleVersion(TITLE, SEED));

      assertThat(comparison.hasChanges()).isFalse();
      assertThat(comparison.title()).containsExactly(same(TITLE));
      assertThat(comparison.body()).containsExactly(DiffRow.collapsed(52));
    }

    @Test
    void differInMarkupAndSpacingOnly() {
      RevisionComparison comparison = compareBodies(
          "<p>Pop  your <b>lower</b> back.</p>", "<p class=lead>\n  Pop your lower <em>back</em>.</p>");

      assertThat(comparison.hasChanges()).isFalse();
      assertThat(comparison.body()).containsExactly(DiffRow.unchanged("Pop your lower back."));
    }
  }

  @Nested
  class BodyBlocks {

    @Test
    void aChangedWordMarksJustThatWordInOneRow() {
      String edited = SEED.replace("Ideal for morning stiffness", "Great for morning stiffness");

      RevisionComparison comparison = compareBodies(SEED, edited);

      assertThat(changes(comparison)).singleElement().satisfies(row -> {
        assertThat(row.kind()).isEqualTo(CHANGED);
        assertThat(row.left()).containsExactly(
            deleted("Ideal"), same(" for morning stiffness or pre-bed relaxation."));
        assertThat(row.right()).containsExactly(
            inserted("Great"), same(" for morning stiffness or pre-bed relaxation."));
      });
      assertThat(comparison.hasChanges()).isTrue();
    }

    @Test
    void anInsertedParagraphIsOneInsertedRow() {
      String edited = SEED.replace("<p>Ideal for morning", "<p>Warm up for five minutes first.</p><p>Ideal for morning");

      assertThat(changes(compareBodies(SEED, edited))).singleElement().satisfies(row -> {
        assertThat(row.kind()).isEqualTo(INSERTED);
        assertThat(row.left()).isEmpty();
        assertThat(row.right()).containsExactly(inserted("Warm up for five minutes first."));
      });
    }

    @Test
    void aDeletedParagraphIsOneDeletedRow() {
      String edited = SEED.replace("<p>Ideal for morning stiffness or pre-bed relaxation.</p>", "");

      assertThat(changes(compareBodies(SEED, edited))).singleElement().satisfies(row -> {
        assertThat(row.kind()).isEqualTo(DELETED);
        assertThat(row.leftText()).isEqualTo("Ideal for morning stiffness or pre-bed relaxation.");
        assertThat(row.right()).isEmpty();
      });
    }

    @Test
    void aParagraphWithNoWordInCommonIsDeletedAndInserted() {
      RevisionComparison comparison = compareBodies("<p>Alpha beta.</p>", "<p>Gamma delta.</p>");

      assertThat(comparison.body()).containsExactly(DiffRow.deleted("Alpha beta."), DiffRow.inserted("Gamma delta."));
    }

    @Test
    void listItemsAndHeadingsAreBlocksOfTheirOwn() {
      String edited = SEED.replace("<li>Hold that position for 20 to 30 seconds.</li>", "<li>Hold that position for 30 seconds.</li>")
          .replace("<h2>Summary</h2>", "<h2>In short</h2>");

      assertThat(changes(compareBodies(SEED, edited)))
          .extracting(DiffRow::kind, DiffRow::leftText, DiffRow::rightText)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(CHANGED, "Hold that position for 20 to 30 seconds.", "Hold that position for 30 seconds."),
              org.assertj.core.groups.Tuple.tuple(DELETED, "Summary", ""),
              org.assertj.core.groups.Tuple.tuple(INSERTED, "", "In short"));
    }

    @Test
    void neighbouringReplacedWordsAreOneChange() {
      RevisionComparison comparison = compareBodies("<p>The quick brown fox.</p>", "<p>The slow red fox.</p>");

      assertThat(changes(comparison)).singleElement().satisfies(row -> {
        assertThat(row.left()).containsExactly(same("The "), deleted("quick brown"), same(" fox."));
        assertThat(row.right()).containsExactly(same("The "), inserted("slow red"), same(" fox."));
      });
    }

    @Test
    void punctuationChangesAreMarkedAlone() {
      RevisionComparison comparison = compareBodies("<p>Is cracking harmful?</p>", "<p>Is cracking harmful!</p>");

      assertThat(changes(comparison)).singleElement().satisfies(row -> {
        assertThat(row.left()).containsExactly(same("Is cracking harmful"), deleted("?"));
        assertThat(row.right()).containsExactly(same("Is cracking harmful"), inserted("!"));
      });
    }

    @Test
    void eachSideGivesBackItsBlocks() {
      String older = "<p>One two three four.</p><p>Five six, seven.</p><ul><li>Eight</li></ul>";
      String newer = "<p>One 2 three four five.</p><p>Six, seven and eight.</p><ul><li>Nine</li></ul>";

      List<DiffRow> rows = compareBodies(older, newer).body();

      assertThat(rows).extracting(DiffRow::leftText).filteredOn(t -> !t.isEmpty())
          .containsExactly("One two three four.", "Five six, seven.", "Eight");
      assertThat(rows).extracting(DiffRow::rightText).filteredOn(t -> !t.isEmpty())
          .containsExactly("One 2 three four five.", "Six, seven and eight.", "Nine");
    }
  }

  @Nested
  class UnchangedRuns {

    @Test
    void keepTwoBlocksOfContextOnEachSideOfAChange() {
      String edited = paragraphs(10).replace("p5 reads well", "p5 reads badly");

      List<DiffRow> rows = compareBodies(paragraphs(10), edited).body();

      assertThat(rows).extracting(DiffRow::kind)
          .containsExactly(COLLAPSED, UNCHANGED, UNCHANGED, CHANGED, UNCHANGED, UNCHANGED, COLLAPSED);
      assertThat(rows).extracting(DiffRow::unchangedBlocks).containsExactly(3, 0, 0, 0, 0, 0, 2);
      assertThat(rows.get(1).leftText()).isEqualTo("Paragraph p3 reads well.");
    }

    @Test
    void betweenTwoChangesKeepContextForBoth() {
      String edited = paragraphs(10).replace("p1 reads well", "p1 reads badly").replace("p8 reads well", "p8 reads badly");

      List<DiffRow> rows = compareBodies(paragraphs(10), edited).body();

      assertThat(rows).extracting(DiffRow::kind).containsExactly(
          UNCHANGED, CHANGED, UNCHANGED, UNCHANGED, COLLAPSED, UNCHANGED, UNCHANGED, CHANGED, UNCHANGED);
      assertThat(rows.get(4).unchangedBlocks()).isEqualTo(2);
    }

    @Test
    void aMarkerNeverHidesASingleBlock() {
      String edited = paragraphs(6).replace("p3 reads well", "p3 reads badly");

      assertThat(compareBodies(paragraphs(6), edited).body()).extracting(DiffRow::kind)
          .containsExactly(UNCHANGED, UNCHANGED, UNCHANGED, CHANGED, UNCHANGED, UNCHANGED);
    }
  }

  @Nested
  class Title {

    @Test
    void isOneLineWithTheDeletedWordsBeforeTheInsertedOnes() {
      RevisionComparison comparison = RevisionDiff.compare(
          new ArticleVersion("How to pop lower back", SEED), new ArticleVersion("How to crack lower back", SEED));

      assertThat(comparison.title()).containsExactly(
          same("How to "), deleted("pop"), inserted("crack"), same(" lower back"));
      assertThat(comparison.hasChanges()).isTrue();
    }

    @Test
    void eachSideGivesBackItsTitle() {
      List<List<String>> pairs = List.of(
          List.of("a b c", "a X b Y c"),
          List.of("one two", "three four five"),
          List.of("Pop it, safely!", "Pop it safely"),
          List.of("Stretch 😀 daily", "Stretch 😃 daily"),
          List.of("", "Something"),
          List.of("Something", ""));

      assertThat(pairs).allSatisfy(pair -> {
        List<DiffSegment> title = RevisionDiff.compare(
            new ArticleVersion(pair.get(0), ""), new ArticleVersion(pair.get(1), "")).title();

        assertThat(text(title, DiffSegment.Kind.INSERTED)).isEqualTo(pair.get(0));
        assertThat(text(title, DiffSegment.Kind.DELETED)).isEqualTo(pair.get(1));
      });
    }

    /** The title without the segments of the given kind. */
    private String text(List<DiffSegment> title, DiffSegment.Kind without) {
      return title.stream().filter(s -> s.kind() != without).map(DiffSegment::text).collect(Collectors.joining());
    }

    @Test
    void aFirstVersionInsertsEverything() {
      RevisionComparison comparison = RevisionDiff.compare(
          new ArticleVersion(null, null), new ArticleVersion("New post", "<p>Hello.</p>"));

      assertThat(comparison.title()).containsExactly(inserted("New post"));
      assertThat(comparison.body()).containsExactly(DiffRow.inserted("Hello."));
    }
  }

  /** The records carry plain text for the page to escape: markup in them is text, never HTML. */
  @Nested
  class MarkupInTheText {

    @Test
    void escapedMarkupStaysLiteralText() {
      RevisionComparison comparison = compareBodies(
          "<p>Type &lt;script&gt;alert(1)&lt;/script&gt; &amp; see.</p>",
          "<p>Type &lt;script&gt;alert(2)&lt;/script&gt; &amp; see.</p>");

      assertThat(changes(comparison)).singleElement().satisfies(row -> {
        assertThat(row.leftText()).isEqualTo("Type <script>alert(1)</script> & see.");
        assertThat(row.left()).containsExactly(
            same("Type <script>alert("), deleted("1"), same(")</script> & see."));
        assertThat(row.right()).contains(inserted("2"));
      });
    }

    @Test
    void scriptsAndStylesAreNotText() {
      RevisionComparison comparison = compareBodies(
          "<p>Hello.</p>", "<p>Hello.</p><script>alert(1)</script><style>p { color: red }</style>");

      assertThat(comparison.hasChanges()).isFalse();
    }

    @Test
    void noTagOfTheBodyReachesTheRows() {
      String edited = SEED.replace("Ideal for", "Great for").replace("<h2>Summary</h2>", "<h2>In short</h2>");

      List<DiffSegment> segments = compareBodies(SEED, edited).body().stream()
          .flatMap(r -> java.util.stream.Stream.concat(r.left().stream(), r.right().stream()))
          .toList();

      assertThat(segments).isNotEmpty().allSatisfy(s -> assertThat(s.text()).doesNotContain("<", ">"));
    }

    @Test
    void theTitleIsPlainText() {
      RevisionComparison comparison = RevisionDiff.compare(
          new ArticleVersion("<b>Bold</b> move", ""), new ArticleVersion("<b>Bold</b> moves", ""));

      assertThat(comparison.title()).containsExactly(same("<b>Bold</b> "), deleted("move"), inserted("moves"));
    }
  }
}
