package org.inkwell.cms.relatedposts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LuceneTextSimilarityTest {

  private static final long LOWER_BACK = 1;
  private static final long BACK_STRETCHING = 2;
  private static final long MEAL_PREP = 3;
  private static final Instant MODIFIED = Instant.parse("2025-05-01T08:00:00Z");

  private final LuceneTextSimilarity text = new LuceneTextSimilarity(new ByteBuffersDirectory());

  @AfterEach
  void close() {
    text.close();
  }

  /** A small site: two articles about stretching the back, one about cooking. */
  private void threeArticles() {
    text.put(LOWER_BACK, MODIFIED, "Lower back stretches",
        "Five gentle stretches that ease lower back pain after a long day at the desk.");
    text.put(BACK_STRETCHING, MODIFIED, "Back stretching for beginners",
        "Stretching your back every morning keeps it supple. Start slowly and breathe.");
    text.put(MEAL_PREP, MODIFIED, "Protein meal prep",
        "Cook chicken, lentils and rice on Sunday for a week of protein lunches.");
    text.refresh();
  }

  @Test
  void anArticleIsMoreLikeOneOnTheSameSubjectThanOneOnAnother() {
    threeArticles();

    Map<Long, Double> similar = text.similarTo(LOWER_BACK, 10);

    assertThat(similar).containsKey(BACK_STRETCHING);
    assertThat(similar.get(BACK_STRETCHING)).isGreaterThan(similar.getOrDefault(MEAL_PREP, 0.0));
  }

  @Test
  void similaritiesToChosenArticlesAgreeWithTheRanking() {
    threeArticles();

    Map<Long, Double> chosen = text.similarities(LOWER_BACK, List.of(BACK_STRETCHING, MEAL_PREP));

    assertThat(chosen).containsOnlyKeys(BACK_STRETCHING).as("meal prep shares no telling word");
    assertThat(chosen.get(BACK_STRETCHING)).isCloseTo(text.similarTo(LOWER_BACK, 10).get(BACK_STRETCHING), within(1e-6));
    assertThat(text.similarities(LOWER_BACK, List.of())).isEmpty();
  }

  @Test
  void wordsMatchWhateverTheirEnding() {
    text.put(1, MODIFIED, "Morning stretches", "Wake up gently.");
    text.put(2, MODIFIED, "Evening stretching", "Wind down before bed.");
    text.put(3, MODIFIED, "Protein meal prep", "Cook for the week.");
    text.refresh();

    assertThat(text.similarTo(1, 10)).containsOnlyKeys(2L);
  }

  @Test
  void similaritiesAreBetweenZeroAndOneAndLeaveTheArticleItselfOut() {
    threeArticles();
    text.put(4, MODIFIED, "Back pain at the desk", "Why sitting at a desk all day hurts your back, and which stretches help.");
    text.refresh();

    for (long id = 1; id <= 4; id++) {
      Map<Long, Double> similar = text.similarTo(id, 10);
      assertThat(similar).as("article %d", id).doesNotContainKey(id);
      assertThat(similar.values()).as("article %d", id).allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0));
    }
  }

  @Test
  void mostSimilarComeFirstUpToTheLimit() {
    threeArticles();
    text.put(4, MODIFIED, "Back stretches", "Stretches for the lower back: back stretches every day.");
    text.put(5, MODIFIED, "Stretching the back", "Stretching the back and the lower back, stretching daily.");
    for (long filler = 10; filler < 22; filler++) {
      text.put(filler, MODIFIED, "Gardening notes", "Water the tomatoes.");
    }
    text.refresh();

    Map<Long, Double> all = text.similarTo(LOWER_BACK, 10);
    Map<Long, Double> best = text.similarTo(LOWER_BACK, 1);

    assertThat(List.copyOf(all.values())).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(all).containsOnlyKeys(BACK_STRETCHING, 4L, 5L);
    assertThat(best).hasSize(1);
    assertThat(best.keySet()).containsExactly(all.keySet().iterator().next());
  }

  @Test
  void anArticleNotIndexedIsLikeNothing() {
    threeArticles();

    assertThat(text.similarTo(99, 10)).isEmpty();
  }

  @Test
  void aDeletedArticleIsNoLongerFound() {
    threeArticles();

    text.delete(BACK_STRETCHING);
    text.refresh();

    assertThat(text.similarTo(LOWER_BACK, 10)).doesNotContainKey(BACK_STRETCHING);
    assertThat(text.similarTo(BACK_STRETCHING, 10)).isEmpty();
    assertThat(text.stamps()).hasSize(2);
  }

  @Test
  void anArticlePutAgainIsReplaced() {
    threeArticles();

    text.put(MEAL_PREP, MODIFIED.plusSeconds(60), "Lower body soreness",
        "Easing lower body soreness after cooking all Sunday.");
    text.refresh();

    assertThat(text.stamps()).hasSize(3);
    assertThat(text.similarTo(LOWER_BACK, 10)).containsKey(MEAL_PREP);
  }

  @Test
  void stampsTellWhenEachArticleWasLastModified() {
    threeArticles();
    Instant edited = MODIFIED.plusSeconds(3600);
    text.put(MEAL_PREP, edited, "Protein meal prep", "Now with tofu.");
    text.delete(BACK_STRETCHING);
    text.refresh();

    assertThat(text.stamps()).containsExactlyInAnyOrderEntriesOf(Map.of(
        LOWER_BACK, MODIFIED.toEpochMilli(),
        MEAL_PREP, edited.toEpochMilli()));
  }

  @Test
  void theIndexSizeLeavesOutFilesMergedAwayWhileItCounts() throws IOException {
    VanishingFiles directory = new VanishingFiles();
    try (LuceneTextSimilarity index = new LuceneTextSimilarity(directory)) {
      index.put(1, MODIFIED, "Lower back stretches", "Gentle stretches.");
      index.commit();
      long whole = index.sizeInBytes();

      directory.vanish = directory.listAll()[0];

      assertThat(index.sizeInBytes()).isPositive().isLessThan(whole);
    }
  }

  /** A directory in which one listed file is gone by the time its length is asked for. */
  private static final class VanishingFiles extends FilterDirectory {
    String vanish;

    VanishingFiles() {
      super(new ByteBuffersDirectory());
    }

    @Override
    public long fileLength(String name) throws IOException {
      if (name.equals(vanish)) {
        throw new NoSuchFileException(name);
      }
      return super.fileLength(name);
    }
  }
}
