package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.inkwell.cms.core.spi.ArticleCard;
import org.inkwell.cms.core.spi.ArticleCatalog;
import org.inkwell.cms.core.spi.CatalogArticle;
import org.inkwell.cms.core.spi.CategoryNode;

/** Published articles for plugins, read from the article tables. */
@ApplicationScoped
@Transactional
public class JpaArticleCatalog implements ArticleCatalog {

  private static final String PUBLISHED =
      "select a from Article a join fetch a.primaryCategory"
          + " where a.status = org.inkwell.cms.articles.ArticleStatus.PUBLISHED";

  @Inject EntityManager em;

  @Override
  public List<CatalogArticle> published(long afterId, int limit) {
    return em.createQuery(PUBLISHED + " and a.id > :after order by a.id", Article.class)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(JpaArticleCatalog::catalogArticle)
        .toList();
  }

  @Override
  public List<CatalogArticle> published(Collection<Long> ids) {
    return publishedArticles(ids).stream().map(JpaArticleCatalog::catalogArticle).toList();
  }

  @Override
  public Map<Long, String> bodyTexts(Collection<Long> ids) {
    Map<Long, String> texts = new HashMap<>();
    publishedArticles(ids).forEach(a -> texts.put(a.getId(), HtmlSanitizer.textOfSanitized(a.getBody())));
    return texts;
  }

  @Override
  public List<ArticleCard> cards(List<Long> ids) {
    Map<Long, Article> byId =
        publishedArticles(ids).stream().collect(Collectors.toMap(Article::getId, Function.identity()));
    return ids.stream().distinct().map(byId::get).filter(a -> a != null).map(JpaArticleCatalog::card).toList();
  }

  @Override
  public List<CategoryNode> categories() {
    List<Category> all = em.createQuery("select c from Category c left join fetch c.parent", Category.class).getResultList();
    return all.stream()
        .sorted(Comparator.comparingInt(JpaArticleCatalog::depth).thenComparing(Category::getName))
        .map(c -> new CategoryNode(c.getSlug(), c.getName(), c.getParent() == null ? null : c.getParent().getSlug()))
        .toList();
  }

  private List<Article> publishedArticles(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(PUBLISHED + " and a.id in :ids order by a.id", Article.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  private static CatalogArticle catalogArticle(Article a) {
    return new CatalogArticle(ArticleViews.ref(a), a.getUpdatedAt(), a.getSeo().isNoindex());
  }

  private static ArticleCard card(Article a) {
    boolean hasImage = a.getFeaturedImageUrl() != null;
    return new ArticleCard(
        a.getId(),
        a.getTitle(),
        "/" + a.getSlug() + "/",
        a.getPrimaryCategory().getName(),
        a.getPrimaryCategory().getSlug(),
        Excerpts.cut(a.getExcerpt()),
        a.getAuthor().getDisplayName(),
        a.getFeaturedImageUrl(),
        hasImage ? a.getFeaturedImageAlt() : null,
        a.getPublishedAt());
  }

  private static int depth(Category c) {
    int depth = 0;
    for (Category p = c.getParent(); p != null; p = p.getParent()) {
      depth++;
    }
    return depth;
  }
}
