package org.inkwell.cms.relatedposts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkwell.cms.relatedposts.internal.TestCatalog.FITNESS;
import static org.inkwell.cms.relatedposts.internal.TestCatalog.FITNESS_TIPS;
import static org.inkwell.cms.relatedposts.internal.TestCatalog.MEAL_PREP;
import static org.inkwell.cms.relatedposts.internal.TestCatalog.NUTRITION;
import static org.inkwell.cms.relatedposts.internal.TestCatalog.WORKOUTS;

import java.util.List;
import org.inkwell.cms.core.spi.CategoryNode;
import org.inkwell.cms.relatedposts.internal.CategoryTree.Relation;
import org.junit.jupiter.api.Test;

class CategoryTreeTest {

  /** Fitness > Fitness Tips, Workouts; Nutrition > Meal Prep. */
  private final CategoryTree tree = new TestCatalog().tree();

  @Test
  void aCategoryIsTheSameAsItself() {
    assertThat(tree.relation(FITNESS_TIPS, FITNESS_TIPS)).isEqualTo(Relation.SAME);
  }

  @Test
  void theCategoryAboveIsTheParent() {
    assertThat(tree.relation(FITNESS_TIPS, FITNESS)).isEqualTo(Relation.PARENT);
  }

  @Test
  void aCategoryBelowIsAChild() {
    assertThat(tree.relation(FITNESS, WORKOUTS)).isEqualTo(Relation.CHILD);
  }

  @Test
  void categoriesUnderTheSameParentAreSiblings() {
    assertThat(tree.relation(FITNESS_TIPS, WORKOUTS)).isEqualTo(Relation.SIBLING);
    assertThat(tree.relation(WORKOUTS, FITNESS_TIPS)).isEqualTo(Relation.SIBLING);
  }

  @Test
  void categoriesUnderSiblingsAreCousins() {
    CategoryTree deeper = new CategoryTree(List.of(
        new CategoryNode(FITNESS, "Fitness", null),
        new CategoryNode(FITNESS_TIPS, "Fitness Tips", FITNESS),
        new CategoryNode(WORKOUTS, "Workouts", FITNESS),
        new CategoryNode("stretching", "Stretching", FITNESS_TIPS),
        new CategoryNode("strength", "Strength", WORKOUTS)));

    assertThat(deeper.relation("stretching", "strength")).isEqualTo(Relation.COUSIN);
  }

  @Test
  void categoriesUnderDifferentTopLevelCategoriesAreUnrelated() {
    assertThat(tree.relation(FITNESS_TIPS, MEAL_PREP)).isEqualTo(Relation.NONE);
    assertThat(tree.relation(FITNESS, NUTRITION)).isEqualTo(Relation.NONE);
    assertThat(tree.relation(WORKOUTS, NUTRITION)).isEqualTo(Relation.NONE);
  }

  @Test
  void anUnknownCategoryIsUnrelatedAndNamedBySlug() {
    assertThat(tree.relation(FITNESS_TIPS, "gone")).isEqualTo(Relation.NONE);
    assertThat(tree.name("gone")).isEqualTo("gone");
  }

  @Test
  void namesParentsAndChildren() {
    assertThat(tree.name(FITNESS_TIPS)).isEqualTo("Fitness Tips");
    assertThat(tree.parent(MEAL_PREP)).isEqualTo(NUTRITION);
    assertThat(tree.parent(FITNESS)).isNull();
    assertThat(tree.children(FITNESS)).containsExactly(FITNESS_TIPS, WORKOUTS);
    assertThat(tree.children(MEAL_PREP)).isEmpty();
  }

  @Test
  void closerRelationsCountMore() {
    assertThat(Relation.SAME.closeness).isGreaterThan(Relation.PARENT.closeness);
    assertThat(Relation.PARENT.closeness).isGreaterThan(Relation.SIBLING.closeness);
    assertThat(Relation.SIBLING.closeness).isGreaterThan(Relation.COUSIN.closeness);
    assertThat(Relation.COUSIN.closeness).isGreaterThan(Relation.NONE.closeness);
  }
}
