package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.MediaFiles;
import org.inkwell.cms.articles.SeoFields;
import org.inkwell.cms.articles.menu.MenuLocation;
import org.inkwell.cms.articles.wordpress.export.ExportedAuthor;
import org.inkwell.cms.articles.wordpress.export.ExportedCategory;
import org.inkwell.cms.articles.wordpress.export.ExportedMedia;
import org.inkwell.cms.articles.wordpress.export.ExportedMenuItem;
import org.inkwell.cms.articles.wordpress.export.ExportedPost;
import org.inkwell.cms.articles.wordpress.export.ExportedTag;

/**
 * The export's reads: each call one batch in a transaction of its own, handed over as read models,
 * so that the file is written between transactions and no transaction waits for its reader.
 */
@ApplicationScoped
@Transactional
public class ExportReads {

  @Inject ExportRepository export;
  @Inject TaxonomyRepository taxonomy;

  public List<ExportedAuthor> authors(long afterId, int limit) {
    return export.usersAfter(afterId, limit).stream()
        .map(u -> new ExportedAuthor(u.getId(), u.getLogin(), u.getDisplayName(), u.getBio()))
        .toList();
  }

  /** Every category, each after its parent (as WXR files list them): categories are few. */
  public List<ExportedCategory> categories() {
    List<Category> all = taxonomy.categories();
    Map<Long, List<Category>> children = new HashMap<>();
    List<Category> roots = new ArrayList<>();
    Set<Long> ids = new HashSet<>();
    all.forEach(c -> ids.add(c.getId()));
    for (Category c : all) {
      if (c.getParent() == null || !ids.contains(c.getParent().getId())) {
        roots.add(c);
      } else {
        children.computeIfAbsent(c.getParent().getId(), id -> new ArrayList<>()).add(c);
      }
    }
    List<ExportedCategory> ordered = new ArrayList<>();
    Deque<Category> next = new ArrayDeque<>(roots);
    while (!next.isEmpty()) {
      Category c = next.removeFirst();
      ordered.add(new ExportedCategory(
          c.getId(), c.getSlug(), c.getName(), c.getParent() == null ? null : c.getParent().getSlug(), c.getDescription()));
      List<Category> below = children.getOrDefault(c.getId(), List.of());
      for (int i = below.size() - 1; i >= 0; i--) {
        next.addFirst(below.get(i));
      }
    }
    return ordered;
  }

  public List<ExportedTag> tags(long afterId, int limit) {
    return export.tagsAfter(afterId, limit).stream().map(t -> new ExportedTag(t.getId(), t.getSlug(), t.getName())).toList();
  }

  /** Articles and pages in the order of their ids, those in the trash left out. */
  public List<ExportedPost> posts(long afterId, int limit) {
    List<Content> contents = export.contentsAfter(afterId, limit);
    List<Long> ids = contents.stream().map(Content::getId).toList();
    List<Long> articleIds = contents.stream().filter(c -> c instanceof Article).map(Content::getId).toList();
    Map<Long, List<Category>> extraCategories = export.extraCategories(articleIds);
    Map<Long, List<Tag>> tags = export.tags(articleIds);
    Map<Long, List<String>> oldSlugs = export.oldSlugs(ids);
    Map<String, Long> media = export.mediaByFile(contents.stream()
        .map(Content::getFeaturedImageUrl)
        .filter(url -> url != null && url.startsWith(MediaFiles.URL_PREFIX))
        .map(url -> url.substring(MediaFiles.URL_PREFIX.length()))
        .toList());
    List<ExportedPost> posts = new ArrayList<>(contents.size());
    for (Content c : contents) {
      List<ExportedPost.Term> categories = new ArrayList<>();
      List<ExportedPost.Term> terms = new ArrayList<>();
      boolean sticky = false;
      String path = c.getSlug();
      Long parentId = null;
      int menuOrder = 0;
      if (c instanceof Article a) {
        categories.add(term(a.getPrimaryCategory()));
        extraCategories.getOrDefault(a.getId(), List.of()).stream()
            .filter(x -> !x.getId().equals(a.getPrimaryCategory().getId()))
            .forEach(x -> categories.add(term(x)));
        tags.getOrDefault(a.getId(), List.of()).forEach(t -> terms.add(new ExportedPost.Term(t.getSlug(), t.getName())));
        sticky = a.isSticky();
      } else if (c instanceof Page p) {
        path = PageViews.details(p).path();
        parentId = p.getParent() == null ? null : p.getParent().getId();
        menuOrder = p.getMenuOrder();
      }
      posts.add(new ExportedPost(
          c.getId(),
          c instanceof Page,
          c.getTitle(),
          c.getSlug(),
          path,
          c.getBody(),
          c.isExcerptManual() ? c.getExcerpt() : "",
          c.getStatus(),
          date(c),
          c.getUpdatedAt(),
          c.getAuthor().getLogin(),
          categories,
          terms,
          parentId,
          menuOrder,
          sticky,
          featuredImage(c, media),
          oldSlugs.getOrDefault(c.getId(), List.of()),
          seo(c.getSeo())));
    }
    return posts;
  }

  public List<ExportedMedia> media(long afterId, int limit) {
    return export.mediaAfter(afterId, limit).stream()
        .map(m -> new ExportedMedia(
            m.getId(),
            m.getFileName(),
            MediaFiles.URL_PREFIX + m.getFolder() + "/" + m.getFileName(),
            m.getAltText(),
            m.getCaption(),
            m.getUploadedAt(),
            m.getUploadedBy().getLogin()))
        .toList();
  }

  public List<ExportedMenuItem> menu(MenuLocation location) {
    return export.menu(location).stream()
        .map(e -> new ExportedMenuItem(location, e.position(), e.parentPosition(), e.label(), e.target()))
        .toList();
  }

  /** When it was or will be published; for what never was, when it was written. */
  private static Instant date(Content c) {
    if (c.getStatus() == ArticleStatus.SCHEDULED && c.getPublishAt() != null) {
      return c.getPublishAt();
    }
    if (c.getStatus() == ArticleStatus.PUBLISHED && c.getPublishedAt() != null) {
      return c.getPublishedAt();
    }
    return c.getCreatedAt();
  }

  private static ExportedPost.FeaturedImage featuredImage(Content c, Map<String, Long> media) {
    String url = c.getFeaturedImageUrl();
    if (url == null || url.isBlank()) {
      return null;
    }
    Long mediaId = url.startsWith(MediaFiles.URL_PREFIX) ? media.get(url.substring(MediaFiles.URL_PREFIX.length())) : null;
    return new ExportedPost.FeaturedImage(mediaId, url, c.getFeaturedImageAlt());
  }

  private static ExportedPost.Term term(Category c) {
    return new ExportedPost.Term(c.getSlug(), c.getName());
  }

  private static SeoFields seo(Seo seo) {
    return new SeoFields(seo.getMetaTitle(), seo.getMetaDescription(), seo.getFocusKeyphrase(), seo.getCanonicalUrl(), seo.isNoindex());
  }
}
