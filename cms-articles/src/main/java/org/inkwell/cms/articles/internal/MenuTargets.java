package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.PageService;
import org.inkwell.cms.articles.menu.MenuTarget;
import org.inkwell.cms.articles.menu.MenuTarget.Kind;

/** Which targets exist, and the public address of those readers may open now. */
@Dependent
class MenuTargets {

  @Inject EntityManager em;
  @Inject PageService pages;

  /** The ids of each kind that exist, in any status. */
  Map<Kind, Set<Long>> existing(Map<Kind, Set<Long>> wanted) {
    Map<Kind, Set<Long>> found = new EnumMap<>(Kind.class);
    wanted.forEach((kind, ids) -> found.put(kind, ids.isEmpty() ? Set.of() : new HashSet<>(
        em.createQuery("select e.id from " + entity(kind) + " e where e.id in :ids", Long.class)
            .setParameter("ids", ids)
            .getResultList())));
    return found;
  }

  /** The public address of each target readers may open; an unpublished or deleted one has none. */
  Map<MenuTarget, String> publicAddresses(Collection<MenuTarget> targets) {
    Map<Kind, Set<Long>> wanted = new EnumMap<>(Kind.class);
    for (MenuTarget t : targets) {
      if (t.kind() != Kind.URL) {
        wanted.computeIfAbsent(t.kind(), k -> new HashSet<>()).add(t.id());
      }
    }
    Map<MenuTarget, String> addresses = new HashMap<>();
    wanted.forEach((kind, ids) -> slugs(kind, ids).forEach((id, path) -> addresses.put(MenuTarget.of(kind, id), url(kind, path))));
    targets.stream().filter(t -> t.kind() == Kind.URL).forEach(t -> addresses.put(t, t.url()));
    return addresses;
  }

  /** By id, the slug (or, for pages, the path) of each public target. */
  private Map<Long, String> slugs(Kind kind, Set<Long> ids) {
    Map<Long, String> slugs = new HashMap<>();
    switch (kind) {
      case PAGE -> pages.published().stream().filter(p -> ids.contains(p.id())).forEach(p -> slugs.put(p.id(), p.path()));
      case ARTICLE -> collect(
          em.createQuery("select e.id, e.slug from Article e where e.id in :ids and e.status = :status", Object[].class)
              .setParameter("ids", ids)
              .setParameter("status", ArticleStatus.PUBLISHED),
          slugs);
      default -> collect(
          em.createQuery("select e.id, e.slug from " + entity(kind) + " e where e.id in :ids", Object[].class)
              .setParameter("ids", ids),
          slugs);
    }
    return slugs;
  }

  private static void collect(TypedQuery<Object[]> query, Map<Long, String> into) {
    query.getResultList().forEach(r -> into.put((Long) r[0], (String) r[1]));
  }

  private static String url(Kind kind, String path) {
    return switch (kind) {
      case PAGE, ARTICLE -> "/" + path + "/";
      case CATEGORY -> "/category/" + path + "/";
      case TAG -> "/tag/" + path + "/";
      case URL -> path;
    };
  }

  private static String entity(Kind kind) {
    return switch (kind) {
      case PAGE -> "Page";
      case ARTICLE -> "Article";
      case CATEGORY -> "Category";
      case TAG -> "Tag";
      case URL -> throw new IllegalArgumentException("an address is no entity");
    };
  }
}
