package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.ArticleSearch;
import org.inkwell.cms.core.PageRequest;
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
  /** A word with no search operators in it, which may be read as the start of a longer one. */
  private static final Pattern PLAIN_LAST_WORD = Pattern.compile("(.*?)([\\p{L}\\p{N}]+)$");

  @Inject EntityManager em;

  @Inject ArticleSearch articleSearch;

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
    if (ids.isEmpty()) {
      return List.of();
    }
    // Only the columns a card shows: loading whole articles would drag every body along.
    List<Object[]> rows =
        em.createQuery(
                "select a.id, a.title, a.slug, c.name, c.slug, a.excerpt, u.displayName, a.featuredImageUrl,"
                    + " a.featuredImageAlt, a.publishedAt from Article a join a.primaryCategory c join a.author u"
                    + " where a.status = org.inkwell.cms.articles.ArticleStatus.PUBLISHED and a.id in :ids",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList();
    Map<Long, ArticleCard> byId = new HashMap<>();
    for (Object[] r : rows) {
      byId.put((Long) r[0], card(
          (Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
          (String) r[7], (String) r[8], (Instant) r[9]));
    }
    return ids.stream().distinct().map(byId::get).filter(card -> card != null).toList();
  }

  @Override
  public List<ArticleCard> search(String words, int limit) {
    if (words == null || words.isBlank() || limit < 1) {
      return List.of();
    }
    PageRequest first = new PageRequest(1, Math.min(limit, PageRequest.MAX_PER_PAGE));
    return articleSearch.search(asTyped(words.strip()), first).items().stream()
        .map(hit -> card(hit.article()))
        .toList();
  }

  /**
   * The words for a search as the editor types: the last one may be unfinished, so it also
   * matches as a prefix ("kettleb" finds "kettlebell"); the whole word still matches through
   * stemming, which a prefix alone would miss ("stretching" is indexed as "stretch").
   */
  static String asTyped(String words) {
    Matcher last = PLAIN_LAST_WORD.matcher(words);
    if (!last.matches()) {
      return words;
    }
    String word = last.group(2);
    return last.group(1) + "(" + word + " | " + word + "*)";
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

  private static ArticleCard card(ArticleDetails a) {
    return card(
        a.id(), a.title(), a.slug(), a.category().name(), a.category().slug(), a.excerpt(), a.author().name(),
        a.featuredImage(), a.featuredImageAlt(), a.publishedAt());
  }

  private static ArticleCard card(
      long id,
      String title,
      String slug,
      String categoryName,
      String categorySlug,
      String excerpt,
      String authorName,
      String imageUrl,
      String imageAlt,
      Instant publishedAt) {
    return new ArticleCard(
        id,
        title,
        "/" + slug + "/",
        categoryName,
        categorySlug,
        Excerpts.cut(excerpt),
        authorName,
        imageUrl,
        imageUrl == null ? null : imageAlt,
        publishedAt);
  }

  private static CatalogArticle catalogArticle(Article a) {
    return new CatalogArticle(ArticleViews.ref(a), a.getUpdatedAt(), a.getSeo().isNoindex());
  }

  private static int depth(Category c) {
    int depth = 0;
    for (Category p = c.getParent(); p != null; p = p.getParent()) {
      depth++;
    }
    return depth;
  }
}
