package org.inkwell.cms.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
import org.inkwell.cms.core.event.ArticleViewsChanged;
import org.inkwell.cms.core.event.MenuChanged;
import org.inkwell.cms.web.site.Views.Link;
import org.inkwell.cms.web.site.Views.NavItem;

/**
 * The header and footer menus as every page shows them. Without a header menu the header lists
 * the top-level categories with the most articles and the rest under "More", so that a site with
 * dozens of categories keeps a header of one row. Keeps what it shows: every content change reads
 * the menus again (through {@link PageInvalidation}) and tells whether every kept page is out of date.
 */
@ApplicationScoped
public class Navigation {

  /** Top-level categories a header without a menu shows before "More": one row on a desktop. */
  static final int CATEGORIES_SHOWN = 6;
  private static final String UNCATEGORIZED = "uncategorized";

  @Inject MenuService menus;
  @Inject TaxonomyService taxonomy;

  /** The menus as read at one generation; a menu or category change starts the next, so a read begun before it is not kept. */
  private record Known(long generation, Shown shown) {}

  private final AtomicReference<Known> known = new AtomicReference<>(new Known(0, null));

  /** Both menus, as the next page shows them. */
  record Shown(List<NavItem> header, List<NavItem> footer) {}

  /** Kept between renderings: a page view reads no menu from the database. */
  Shown current(Categories categories) {
    Known seen = known.get();
    if (seen.shown() != null) {
      return seen.shown();
    }
    Shown read = read(categories);
    known.compareAndSet(seen, new Known(seen.generation(), read));
    return read;
  }

  /**
   * Reads the menus again and says whether they now show something else than the pages rendered
   * before. Asked by observers of content changes, after the change's transaction completed: it
   * reads in a transaction of its own.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean changed() {
    Shown now = read(new Categories(taxonomy.categories()));
    Known before = known.getAndUpdate(k -> new Known(k.generation() + 1, now));
    return before.shown() != null && !before.shown().equals(now);
  }

  /** A new menu, or renamed, moved or deleted categories: read again at the next rendering. */
  void onMenuChanged(@Observes MenuChanged event) {
    forget();
  }

  void onViewsChanged(@Observes ArticleViewsChanged event) {
    forget();
  }

  private void forget() {
    known.updateAndGet(k -> new Known(k.generation() + 1, null));
  }

  private Shown read(Categories categories) {
    List<MenuLink> header = menus.links(MenuLocation.HEADER);
    return new Shown(
        header.isEmpty() ? categoryMenu(categories) : items(header),
        items(menus.links(MenuLocation.FOOTER)));
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
