package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.menu.MenuItem;
import org.inkwell.cms.articles.menu.MenuLink;
import org.inkwell.cms.articles.menu.MenuLocation;
import org.inkwell.cms.articles.menu.MenuService;
import org.inkwell.cms.articles.menu.MenuTarget;
import org.inkwell.cms.articles.menu.MenuTarget.Kind;
import org.inkwell.cms.core.event.MenuChanged;

/** Menus in their table, read per rendering: kept pages are rendered rarely, and menus are small. */
@ApplicationScoped
@Transactional
public class DefaultMenuService implements MenuService {

  @Inject EntityManager em;
  @Inject MenuTargets targets;
  @Inject AfterCommitEvents events;

  @Override
  public List<MenuItem> items(MenuLocation location) {
    List<MenuItem> arranged = arranged(location);
    Map<MenuTarget, String> addresses = targets.publicAddresses(allTargets(arranged));
    return arranged.stream().map(i -> withUrl(i, addresses)).toList();
  }

  @Override
  public List<MenuItem> replace(MenuLocation location, List<MenuItem> items, Actor actor) {
    Permissions.requireAdmin(actor, "arrange the site's menus");
    List<MenuItem> checked = MenuRules.checked(items, existing(items));
    em.createQuery("delete from MenuEntry e where e.location = :location")
        .setParameter("location", location.id())
        .executeUpdate();
    int position = 0;
    for (MenuItem item : checked) {
      int parent = position;
      em.persist(new MenuEntry(location, position++, null, item.label(), item.target()));
      for (MenuItem child : item.children()) {
        em.persist(new MenuEntry(location, position++, parent, child.label(), child.target()));
      }
    }
    em.flush();
    events.fire(new MenuChanged(location.id()));
    return items(location);
  }

  @Override
  public List<MenuLink> links(MenuLocation location) {
    List<MenuLink> links = new ArrayList<>();
    for (MenuItem item : items(location)) {
      if (item.url() != null) {
        List<MenuLink> children = item.children().stream()
            .filter(c -> c.url() != null)
            .map(c -> new MenuLink(c.label(), c.url(), List.of()))
            .toList();
        links.add(new MenuLink(item.label(), item.url(), children));
      }
    }
    return links;
  }

  /** The stored items, children under their parents. */
  private List<MenuItem> arranged(MenuLocation location) {
    List<MenuEntry> entries = em.createQuery(
            "select e from MenuEntry e where e.location = :location order by e.position", MenuEntry.class)
        .setParameter("location", location.id())
        .getResultList();
    Map<Integer, List<MenuItem>> children = new LinkedHashMap<>();
    entries.stream().filter(e -> e.parentPosition() != null).forEach(e -> children
        .computeIfAbsent(e.parentPosition(), p -> new ArrayList<>())
        .add(new MenuItem(e.label(), e.target(), List.of())));
    return entries.stream()
        .filter(e -> e.parentPosition() == null)
        .map(e -> new MenuItem(e.label(), e.target(), children.getOrDefault(e.position(), List.of())))
        .toList();
  }

  private BiPredicate<Kind, Long> existing(List<MenuItem> items) {
    Map<Kind, Set<Long>> wanted = new EnumMap<>(Kind.class);
    allTargets(items).stream()
        .filter(t -> t.kind() != Kind.URL)
        .forEach(t -> wanted.computeIfAbsent(t.kind(), k -> new HashSet<>()).add(t.id()));
    Map<Kind, Set<Long>> found = targets.existing(wanted);
    return (kind, id) -> found.getOrDefault(kind, Set.of()).contains(id);
  }

  private static List<MenuTarget> allTargets(List<MenuItem> items) {
    List<MenuTarget> all = new ArrayList<>();
    for (MenuItem item : items) {
      if (item.target() != null) {
        all.add(item.target());
      }
      item.children().stream().map(MenuItem::target).filter(Objects::nonNull).forEach(all::add);
    }
    return all;
  }

  private static MenuItem withUrl(MenuItem item, Map<MenuTarget, String> addresses) {
    return new MenuItem(item.label(), item.target(), addresses.get(item.target()),
        item.children().stream().map(c -> withUrl(c, addresses)).toList());
  }
}
