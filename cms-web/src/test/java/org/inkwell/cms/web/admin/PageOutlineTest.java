package org.inkwell.cms.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.PageDetails;
import org.inkwell.cms.articles.PageLink;
import org.inkwell.cms.articles.Person;
import org.inkwell.cms.articles.SeoFields;
import org.junit.jupiter.api.Test;

class PageOutlineTest {

  // About (1) > Team (2) > Alumni (3); About > Jobs (4); Contact (5)
  private final PageDetails about = page(1, "About");
  private final PageDetails team = page(2, "Team", about);
  private final PageDetails alumni = page(3, "Alumni", about, team);
  private final PageDetails jobs = page(4, "Jobs", about);
  private final PageDetails contact = page(5, "Contact");
  private final List<PageDetails> all = List.of(about, team, alumni, jobs, contact);

  @Test
  void childrenAreIndentedUnderTheirParentAndMoveOnlyAmongTheirSiblings() {
    assertThat(PageOutline.rows(all))
        .extracting(r -> r.page().title(), PageOutline.Row::depth, PageOutline.Row::canMoveUp, PageOutline.Row::canMoveDown)
        .containsExactly(
            tuple("About", 0, false, true),
            tuple("Team", 1, false, true),
            tuple("Alumni", 2, false, false),
            tuple("Jobs", 1, true, false),
            tuple("Contact", 0, true, false));
  }

  @Test
  void aDraggedPageMovesAmongItsSiblingsToWhereItWasDropped() {
    PageDetails faq = page(6, "Faq");
    List<PageOutline.Row> rows = PageOutline.rows(List.of(about, team, alumni, jobs, contact, faq));
    assertThat(PageOutline.placesToDrop(rows, faq.id(), about.id(), false)).isEqualTo(-2);
    assertThat(PageOutline.placesToDrop(rows, faq.id(), about.id(), true)).isEqualTo(-1);
    assertThat(PageOutline.placesToDrop(rows, about.id(), faq.id(), true)).isEqualTo(2);
    assertThat(PageOutline.placesToDrop(rows, about.id(), contact.id(), false)).as("already there").isZero();
    assertThat(PageOutline.placesToDrop(rows, jobs.id(), team.id(), false)).isEqualTo(-1);
    assertThat(PageOutline.placesToDrop(rows, jobs.id(), contact.id(), false)).as("not a sibling").isZero();
  }

  @Test
  void aPageShownWithoutItsParentIsIndentedOnlyUnderThePagesShown() {
    assertThat(PageOutline.rows(List.of(team, alumni, contact)))
        .extracting(r -> r.page().title(), PageOutline.Row::depth)
        .containsExactly(tuple("Team", 0), tuple("Alumni", 1), tuple("Contact", 0));
    assertThat(PageOutline.rows(List.of(team, alumni)).get(1).indentedTitle()).isEqualTo("\u00A0\u00A0Alumni");
  }

  @Test
  void aPageCanHaveAnyParentButItselfAndThePagesBelowIt() {
    assertThat(PageOutline.parentsFor(all, team.id())).extracting(r -> r.page().title())
        .containsExactly("About", "Jobs", "Contact");
    assertThat(PageOutline.parentsFor(all, about.id())).extracting(r -> r.page().title()).containsExactly("Contact");
    assertThat(PageOutline.parentsFor(all, null)).as("a page not saved yet").hasSize(all.size());
  }

  private static PageDetails page(long id, String title, PageDetails... above) {
    List<PageLink> ancestors = new ArrayList<>();
    StringBuilder path = new StringBuilder();
    for (PageDetails a : above) {
      path.append(a.slug()).append('/');
      ancestors.add(new PageLink(a.id(), a.title(), path.substring(0, path.length() - 1)));
    }
    String slug = title.toLowerCase(java.util.Locale.ROOT);
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    return new PageDetails(id, title, slug, path + slug, ArticleStatus.PUBLISHED, "<p>" + title + "</p>", title,
        new Person("editor", "An Editor"), above.length == 0 ? null : above[above.length - 1].id(), 0, ancestors,
        at, at, at, 1, null, null, new SeoFields(null, null, null, null, false));
  }
}
