package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.function.BiPredicate;
import org.inkwell.cms.articles.menu.MenuItem;
import org.inkwell.cms.articles.menu.MenuTarget;
import org.inkwell.cms.articles.menu.MenuTarget.Kind;
import org.inkwell.cms.core.FieldError;
import org.inkwell.cms.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class MenuRulesTest {

  /** Pages 1 and 2 and category 5 exist; nothing else does. */
  private static final BiPredicate<Kind, Long> SITE =
      (kind, id) -> (kind == Kind.PAGE && id <= 2) || (kind == Kind.CATEGORY && id == 5);

  @Test
  void aMenuWithEveryKindOfTargetIsKeptWithItsLabelsTrimmed() {
    List<MenuItem> checked = MenuRules.checked(List.of(
        new MenuItem("  About ", MenuTarget.of(Kind.PAGE, 1), List.of(
            new MenuItem("Team", MenuTarget.of(Kind.PAGE, 2), List.of()),
            new MenuItem("Shop", MenuTarget.address("https://shop.example.com/"), List.of()))),
        new MenuItem("Fitness", MenuTarget.of(Kind.CATEGORY, 5), List.of()),
        new MenuItem("Archive", MenuTarget.address("/category/fitness/?page=2"), List.of())), SITE);

    assertThat(checked).extracting(MenuItem::label).containsExactly("About", "Fitness", "Archive");
    assertThat(checked.get(0).children()).extracting(MenuItem::label).containsExactly("Team", "Shop");
  }

  @Test
  void everyBadItemIsNamedWithItsPlace() {
    List<MenuItem> items = List.of(
        new MenuItem(" ", MenuTarget.of(Kind.PAGE, 1), List.of()),
        new MenuItem("Gone", MenuTarget.of(Kind.ARTICLE, 99), List.of(
            new MenuItem("Script", MenuTarget.address("javascript:alert(1)"), List.of()),
            new MenuItem("Deep", MenuTarget.of(Kind.PAGE, 2), List.of(
                new MenuItem("Deeper", MenuTarget.of(Kind.PAGE, 1), List.of()))))),
        new MenuItem("Nothing", null, List.of()));

    assertThatThrownBy(() -> MenuRules.checked(items, SITE))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
            .containsExactlyInAnyOrder("items[0].label", "items[1].article", "items[1].children[0].url",
                "items[1].children[1].children", "items[2]"));
  }

  @Test
  void onlyWebAddressesAndAddressesOfTheSiteAreLinks() {
    assertThat(MenuRules.urlProblem("https://example.com/a?b=c#d")).isNull();
    assertThat(MenuRules.urlProblem("http://example.com")).isNull();
    assertThat(MenuRules.urlProblem("/about/")).isNull();
    for (String bad : List.of("javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "mailto:a@b.c",
        "//evil.example/", "about/", "https://", "/a b/", "/a\tb", "/a\\b", "ftp://example.com/", "")) {
      assertThat(MenuRules.urlProblem(bad)).as(bad).isNotNull();
    }
  }

  @Test
  void moreThanFiftyItemsChildrenIncludedAreRefused() {
    MenuItem child = new MenuItem("Child", MenuTarget.of(Kind.PAGE, 1), List.of());
    List<MenuItem> items = Collections.nCopies(17, new MenuItem("Parent", MenuTarget.of(Kind.PAGE, 2), List.of(child, child)));

    assertThatThrownBy(() -> MenuRules.checked(items, SITE))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .containsExactly(new FieldError("items", "must hold at most 50 items, children included (has 51)")));
    assertThat(MenuRules.checked(items.subList(0, 16), SITE)).hasSize(16);
  }

  @Test
  void aLabelWithALineBreakOrAControlCharacterIsRefused() {
    for (String label : List.of("Ab\nout", "Ab\u0001out")) {
      assertThatThrownBy(() -> MenuRules.checked(List.of(new MenuItem(label, MenuTarget.of(Kind.PAGE, 1), List.of())), SITE))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
              .extracting(FieldError::field).containsExactly("items[0].label"));
    }
  }
}
