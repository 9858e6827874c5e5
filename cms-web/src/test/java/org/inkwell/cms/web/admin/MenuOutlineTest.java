package org.inkwell.cms.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.inkwell.cms.articles.menu.MenuItem;
import org.inkwell.cms.articles.menu.MenuTarget;
import org.inkwell.cms.articles.menu.MenuTarget.Kind;
import org.junit.jupiter.api.Test;

class MenuOutlineTest {

  // Fitness > (Workouts, Yoga); Nutrition; About
  private final MenuOutline outline = MenuOutline.of(List.of(
      new MenuItem("Fitness", MenuTarget.of(Kind.CATEGORY, 1), "/category/fitness/", List.of(
          new MenuItem("Workouts", MenuTarget.of(Kind.CATEGORY, 2), "/category/workouts/", List.of()),
          new MenuItem("Yoga", MenuTarget.of(Kind.TAG, 3), null, List.of()))),
      new MenuItem("Nutrition", MenuTarget.of(Kind.CATEGORY, 4), "/category/nutrition/", List.of()),
      new MenuItem("About", MenuTarget.of(Kind.PAGE, 5), "/about/", List.of())));

  @Test
  void itemsShowInOrderWithTheirChildrenIndentedUnderThem() {
    assertThat(shown()).containsExactly("Fitness", "  Workouts", "  Yoga", "Nutrition", "About");
    assertThat(outline.menu()).isEqualTo(List.of(
        new MenuItem("Fitness", MenuTarget.of(Kind.CATEGORY, 1), List.of(
            new MenuItem("Workouts", MenuTarget.of(Kind.CATEGORY, 2), List.of()),
            new MenuItem("Yoga", MenuTarget.of(Kind.TAG, 3), List.of()))),
        new MenuItem("Nutrition", MenuTarget.of(Kind.CATEGORY, 4), List.of()),
        new MenuItem("About", MenuTarget.of(Kind.PAGE, 5), List.of())));
  }

  @Test
  void aTopLevelItemMovesWithItsChildrenPastTheWholeOfItsNeighbour() {
    outline.moveUp(key("Nutrition"));
    assertThat(shown()).containsExactly("Nutrition", "Fitness", "  Workouts", "  Yoga", "About");

    outline.moveDown(key("Fitness"));
    assertThat(shown()).containsExactly("Nutrition", "About", "Fitness", "  Workouts", "  Yoga");
  }

  @Test
  void aChildMovesOnlyAmongItsSiblings() {
    assertThat(outline.canMoveUp(item("Workouts"))).isFalse();
    assertThat(outline.canMoveDown(item("Yoga"))).isFalse();

    outline.moveUp(key("Yoga"));
    assertThat(shown()).containsExactly("Fitness", "  Yoga", "  Workouts", "Nutrition", "About");
    outline.moveUp(key("Yoga"));
    assertThat(shown()).as("already first under its parent").containsExactly("Fitness", "  Yoga", "  Workouts", "Nutrition", "About");
  }

  @Test
  void theEndsCannotMoveFurther() {
    assertThat(outline.canMoveUp(item("Fitness"))).isFalse();
    assertThat(outline.canMoveDown(item("Fitness"))).isTrue();
    assertThat(outline.canMoveDown(item("About"))).isFalse();
    outline.moveDown(key("About"));
    assertThat(shown()).containsExactly("Fitness", "  Workouts", "  Yoga", "Nutrition", "About");
  }

  @Test
  void anItemGoesUnderTheTopLevelItemAboveAsItsLastChild() {
    outline.nest(key("Nutrition"));
    assertThat(shown()).containsExactly("Fitness", "  Workouts", "  Yoga", "  Nutrition", "About");
    outline.nest(key("About"));
    assertThat(outline.menu()).hasSize(1);
    assertThat(outline.menu().get(0).children()).extracting(MenuItem::label).containsExactly("Workouts", "Yoga", "Nutrition", "About");
  }

  @Test
  void aDraggedItemLandsWhereItWasDroppedAndTheItemsAfterItUnderAParentStayIndented() {
    outline.drop(key("About"), key("Workouts"), false, true);
    assertThat(shown()).containsExactly("Fitness", "  About", "  Workouts", "  Yoga", "Nutrition");
    outline.drop(key("About"), key("Nutrition"), true, false);
    assertThat(shown()).containsExactly("Fitness", "  Workouts", "  Yoga", "Nutrition", "About");
    // At the top level between a parent and its children, it takes them over, as shown.
    outline.drop(key("Nutrition"), key("Fitness"), true, false);
    assertThat(shown()).containsExactly("Fitness", "Nutrition", "  Workouts", "  Yoga", "About");
  }

  @Test
  void aDraggedParentMovesWithItsChildrenAndStaysAtTheTopLevel() {
    outline.drop(key("Fitness"), key("About"), true, true);
    assertThat(shown()).containsExactly("Nutrition", "About", "Fitness", "  Workouts", "  Yoga");
    outline.drop(key("Fitness"), key("Yoga"), false, false);
    assertThat(shown()).as("onto its own child: nothing moves").containsExactly("Nutrition", "About", "Fitness", "  Workouts", "  Yoga");
    outline.drop(key("Yoga"), key("Nutrition"), false, true);
    assertThat(shown()).as("the first item is never under another").startsWith("Yoga", "Nutrition");
    outline.drop(999, key("Nutrition"), false, false);
    assertThat(shown()).as("an item no longer there").hasSize(5);
  }

  @Test
  void menusNestOneLevelSoNeitherTheFirstItemNorOneWithChildrenGoesUnderAnother() {
    outline.moveUp(key("Nutrition"));
    assertThat(outline.canNest(item("Nutrition"))).as("first").isFalse();
    assertThat(outline.canNest(item("Fitness"))).as("has children").isFalse();
    assertThat(outline.canNest(item("Workouts"))).as("already under one").isFalse();
    outline.nest(key("Fitness"));
    assertThat(shown()).containsExactly("Nutrition", "Fitness", "  Workouts", "  Yoga", "About");
  }

  @Test
  void anItemMovedOutComesRightAfterItsParentsOtherChildren() {
    outline.unnest(key("Workouts"));
    assertThat(shown()).containsExactly("Fitness", "  Yoga", "Workouts", "Nutrition", "About");
  }

  @Test
  void removingAParentLeavesItsChildrenAtTheTopLevelInItsPlace() {
    outline.remove(key("Fitness"));
    assertThat(shown()).containsExactly("Workouts", "Yoga", "Nutrition", "About");
    outline.remove(key("Yoga"));
    assertThat(shown()).containsExactly("Workouts", "Nutrition", "About");
  }

  @Test
  void addedItemsComeLastWithTheirEditableLabelAndCustomLinksWithTheirAddress() {
    outline.add("Contact us", MenuTarget.of(Kind.PAGE, 9));
    outline.add("Shop", MenuTarget.address("https://shop.example.com/"));
    item("Contact us").setLabel("Contact");
    item("Shop").setUrl("https://example.com/shop/");

    List<MenuItem> menu = outline.menu();
    assertThat(menu.subList(3, 5)).containsExactly(
        new MenuItem("Contact", MenuTarget.of(Kind.PAGE, 9), List.of()),
        new MenuItem("Shop", MenuTarget.address("https://example.com/shop/"), List.of()));
    assertThat(item("Contact").isHidden()).as("not saved yet, so its address is not known").isFalse();
    assertThat(item("Yoga").isHidden()).as("saved, and not public").isTrue();
  }

  @Test
  void theServicesFieldNamesPointAtTheItemsInputsAsShown() {
    outline.add("Shop", MenuTarget.address("javascript:alert(1)"));
    var inputs = outline.inputs((index, input) -> "menu:items:" + index + ":" + input);

    assertThat(inputs)
        .containsEntry("items[0].label", "menu:items:0:label")
        .containsEntry("items[0].children[1].tag", "menu:items:2:label")
        .containsEntry("items[0].children[1]", "menu:items:2:label")
        .containsEntry("items[2].page", "menu:items:4:label")
        .containsEntry("items[3].url", "menu:items:5:url")
        .doesNotContainKey("items");
  }

  private List<String> shown() {
    return outline.items().stream().map(i -> (i.isChild() ? "  " : "") + i.getLabel()).toList();
  }

  private MenuOutline.Item item(String label) {
    return outline.items().stream().filter(i -> i.getLabel().equals(label)).findFirst().orElseThrow();
  }

  private int key(String label) {
    return item(label).getKey();
  }
}
