package org.inkwell.cms.relatedposts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.inkwell.cms.core.ArticleRef;
import org.inkwell.cms.core.spi.ArticleCard;
import org.inkwell.cms.core.spi.ArticleCatalog;
import org.inkwell.cms.core.spi.CatalogArticle;
import org.inkwell.cms.core.spi.CategoryNode;

/**
 * An in-memory {@link ArticleCatalog} with a small fitness site's category tree: Fitness (Fitness
 * Tips, Workouts) and Nutrition (Meal Prep). Articles are added with {@link #article(long)}.
 */
final class TestCatalog implements ArticleCatalog {

  private boolean failNextLookup;

  static final String FITNESS = "fitness";
  static final String FITNESS_TIPS = "fitness-tips";
  static final String WORKOUTS = "workouts";
  static final String NUTRITION = "nutrition";
  static final String MEAL_PREP = "meal-prep";

  /** "Now" in every test: articles are published some days before it. */
  static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

  private final List<CategoryNode> categories = new ArrayList<>(List.of(
      new CategoryNode(FITNESS, "Fitness", null),
      new CategoryNode(FITNESS_TIPS, "Fitness Tips", FITNESS),
      new CategoryNode(WORKOUTS, "Workouts", FITNESS),
      new CategoryNode(NUTRITION, "Nutrition", null),
      new CategoryNode(MEAL_PREP, "Meal Prep", NUTRITION)));
  private final NavigableMap<Long, CatalogArticle> published = new TreeMap<>();
  private final Map<Long, String> bodies = new TreeMap<>();

  /** Starts describing an article; nothing is published until {@link Article#publish()}. */
  Article article(long id) {
    return new Article(id);
  }

  void unpublish(long id) {
    published.remove(id);
    bodies.remove(id);
  }

  CatalogArticle get(long id) {
    return published.get(id);
  }

  Facts facts(long id) {
    return Facts.of(published.get(id));
  }

  List<CatalogArticle> all() {
    return List.copyOf(published.values());
  }

  String body(long id) {
    return bodies.getOrDefault(id, "");
  }

  CategoryTree tree() {
    return new CategoryTree(categories());
  }

  @Override
  public List<CatalogArticle> published(long afterId, int limit) {
    return published.tailMap(afterId, false).values().stream().limit(limit).toList();
  }

  /** The next lookup by ids fails, as a database outage would. */
  void failNextLookup() {
    failNextLookup = true;
  }

  @Override
  public List<CatalogArticle> published(Collection<Long> ids) {
    if (failNextLookup) {
      failNextLookup = false;
      throw new IllegalStateException("the database is down");
    }
    return ids.stream().distinct().sorted().map(published::get).filter(a -> a != null).toList();
  }

  @Override
  public Map<Long, String> bodyTexts(Collection<Long> ids) {
    return ids.stream()
        .filter(published::containsKey)
        .distinct()
        .collect(Collectors.toMap(Function.identity(), this::body));
  }

  @Override
  public List<ArticleCard> cards(List<Long> ids) {
    return ids.stream()
        .map(published::get)
        .filter(a -> a != null)
        .map(a -> new ArticleCard(a.id(), a.article().title(), "/" + a.article().slug() + "/", a.article().primaryCategory(),
            a.article().primaryCategory(), "", "Author", null, null, a.article().publishedAt()))
        .toList();
  }

  @Override
  public List<CategoryNode> categories() {
    return List.copyOf(categories);
  }

  /** An article being described; by default "Post n" in Fitness Tips, no tags, a day old. */
  final class Article {
    private final long id;
    private String title;
    private String primary = FITNESS_TIPS;
    private List<String> extra = List.of();
    private List<String> tags = List.of();
    private Instant publishedAt = NOW.minus(Duration.ofDays(1));
    private String body = "";
    private boolean noindex;

    private Article(long id) {
      this.id = id;
      this.title = "Post " + id;
    }

    Article title(String title) {
      this.title = title;
      return this;
    }

    Article body(String body) {
      this.body = body;
      return this;
    }

    /** Primary category, then any extra ones. */
    Article in(String primary, String... extra) {
      this.primary = primary;
      this.extra = List.of(extra);
      return this;
    }

    Article tags(String... tags) {
      this.tags = List.of(tags);
      return this;
    }

    Article daysOld(long days) {
      this.publishedAt = NOW.minus(Duration.ofDays(days));
      return this;
    }

    Article noindex() {
      this.noindex = true;
      return this;
    }

    CatalogArticle publish() {
      List<String> all = new ArrayList<>(List.of(primary));
      all.addAll(extra);
      ArticleRef ref = new ArticleRef(id, "post-" + id, title, primary, all, tags, publishedAt);
      CatalogArticle article = new CatalogArticle(ref, publishedAt, noindex);
      published.put(id, article);
      bodies.put(id, body);
      return article;
    }
  }

  static List<Long> ids(List<Pick> picks) {
    return picks.stream().map(Pick::articleId).toList();
  }
}
