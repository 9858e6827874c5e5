package org.inkwell.cms.relatedposts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.inkwell.cms.relatedposts.internal.CategoryTree.Relation;
import org.junit.jupiter.api.Test;

class ReasonsTest {

  private static final Map<String, String> NAMES = Map.of(
      "fitness", "Fitness",
      "fitness-tips", "Fitness Tips",
      "workouts", "Workouts",
      "meal-prep", "Meal Prep");
  private static final UnaryOperator<String> NAME = slug -> NAMES.getOrDefault(slug, slug);

  private static List<String> reasons(Pick pick) {
    return Reasons.of(pick, NAME);
  }

  private static Pick scored(Relation relation, String category, List<String> tags, double text) {
    return new Pick(2, Pick.Kind.SCORED, 1.2, relation, category, tags, text);
  }

  @Test
  void sameCategory() {
    assertThat(reasons(scored(Relation.SAME, "fitness-tips", List.of(), 0))).containsExactly("same category");
  }

  @Test
  void relatedCategoriesAreNamed() {
    assertThat(reasons(scored(Relation.SIBLING, "workouts", List.of(), 0))).containsExactly("sibling category Workouts");
    assertThat(reasons(scored(Relation.PARENT, "fitness", List.of(), 0))).containsExactly("parent category Fitness");
    assertThat(reasons(scored(Relation.CHILD, "workouts", List.of(), 0))).containsExactly("subcategory Workouts");
    assertThat(reasons(scored(Relation.SHARED, "meal-prep", List.of(), 0))).containsExactly("also in Meal Prep");
    assertThat(reasons(scored(Relation.COUSIN, "meal-prep", List.of(), 0))).containsExactly("related category Meal Prep");
  }

  @Test
  void anUnrelatedCategoryIsNoReason() {
    assertThat(reasons(scored(Relation.NONE, "meal-prep", List.of("back"), 0))).containsExactly("1 shared tag: back");
  }

  @Test
  void sharedTagsAreCountedAndListed() {
    assertThat(reasons(scored(Relation.NONE, "meal-prep", List.of("back", "mobility"), 0)))
        .containsExactly("2 shared tags: back, mobility");
  }

  @Test
  void textSimilarityIsGivenWithTwoDecimals() {
    assertThat(reasons(scored(Relation.NONE, "meal-prep", List.of(), 0.4123))).containsExactly("text similarity 0.41");
  }

  @Test
  void negligibleTextSimilarityIsNoReason() {
    assertThat(reasons(scored(Relation.NONE, "meal-prep", List.of(), 0.004))).isEmpty();
  }

  @Test
  void reasonsComeCategoryFirstThenTagsThenText() {
    assertThat(reasons(scored(Relation.SIBLING, "workouts", List.of("back", "mobility"), 0.41)))
        .containsExactly("sibling category Workouts", "2 shared tags: back, mobility", "text similarity 0.41");
  }

  @Test
  void pinned() {
    assertThat(reasons(Pick.pinned(2))).containsExactly("pinned by an editor");
  }

  @Test
  void latestInACategory() {
    assertThat(reasons(Pick.latest(2, "fitness-tips"))).containsExactly("latest in Fitness Tips");
  }

  @Test
  void latestOnTheSite() {
    assertThat(reasons(Pick.latest(2, null))).containsExactly("latest on the site");
  }
}
