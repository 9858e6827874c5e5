package org.inkwell.cms.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.inkwell.cms.articles.CategoryDetails;
import org.inkwell.cms.articles.TaxonomyService;
import org.inkwell.cms.articles.menu.MenuLink;
import org.inkwell.cms.articles.menu.MenuLocation;
import org.inkwell.cms.articles.menu.MenuService;
import org.inkwell.cms.web.site.Views.Link;
import org.inkwell.cms.web.site.Views.NavItem;

/**
 * The header and footer menus as every page shows them. Without a header menu the header lists
 * the top-level categories with the most articles and the rest under "More", so that a site with
 * dozens of categories keeps a header of one row. Remembers what it last showed, so that a content
 * change can tell whether the menus on every kept page are out of date.
 */
@ApplicationScoped
public class Navigation {

  /** Top-level categories a header without a menu shows before "More": one row on a desktop. */
  static final int CATEGORIES_SHOWN = 6;
  private static final String UNCATEGORIZED = "uncategorized";

  @Inject MenuService menus;
  @Inject TaxonomyService taxonomy;

  private final AtomicReference<Shown> lastShown = new AtomicReference<>();

  /** Both menus, as the next page shows them. */
  record Shown(List<NavItem> header, List<NavItem> footer) {}

  Shown current(Categories categories) {
    List<MenuLink> header = menus.links(MenuLocation.HEADER);
    Shown shown = new Shown(
        header.isEmpty() ? categoryMenu(categories) : items(header),
        items(menus.links(MenuLocation.FOOTER)));
    lastShown.set(shown);
    return shown;
  }

  /**
   * Whether the menus would now show something else than the pages rendered before. Asked by
   * observers of changes, after the change's transaction completed: it reads in one of its own.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean changed() {
    Shown before = lastShown.get();
    return before != null && !before.equals(current(new Categories(taxonomy.categories())));
  }

  private List<NavItem> categoryMenu(Categories categories) {
    Map<Long, Long> counts = taxonomy.articleCountsByCategory();
    // The catch-all category is no destination for readers.
    List<CategoryDetails> top = categories.topLevel().stream().filter(c -> !c.slug().equals(UNCATEGORIZED)).toList();
    List<CategoryDetails> ranked = new ArrayList<>(top);
    ranked.sort(Comparator.comparingLong((CategoryDetails c) -> -articles(c, categories, counts)));
    List<CategoryDetails> shown = ranked.subList(0, Math.min(CATEGORIES_SHOWN, ranked.size()));
    List<NavItem> items = new ArrayList<>();
    // In the categories' own order, not by rank: the header stays put as counts move.
    top.stream().filter(shown::contains).map(SitePages::link).forEach(l -> items.add(new NavItem(l.name(), l.url(), List.of())));
    List<Link> more = top.stream().filter(c -> !shown.contains(c)).map(SitePages::link).toList();
    if (!more.isEmpty()) {
      items.add(new NavItem("More", null, more));
    }
    return items;
  }

  /** Its archive lists its subcategories' articles too: they count. */
  private static long articles(CategoryDetails c, Categories categories, Map<Long, Long> counts) {
    return categories.subtree(c.slug()).stream()
        .map(slug -> categories.find(slug).orElseThrow())
        .mapToLong(sub -> counts.getOrDefault(sub.id(), 0L))
        .sum();
  }

  private static List<NavItem> items(List<MenuLink> links) {
    return links.stream()
        .map(l -> new NavItem(l.label(), l.url(), l.children().stream().map(c -> new Link(c.label(), c.url())).toList()))
        .toList();
  }
}
