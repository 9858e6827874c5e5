package org.inkwell.cms.relatedposts.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import org.inkwell.cms.core.ArticleRef;
import org.inkwell.cms.core.spi.ArticleCard;
import org.inkwell.cms.core.spi.ArticleCatalog;
import org.inkwell.cms.core.spi.CatalogArticle;
import org.inkwell.cms.core.spi.CategoryNode;

/**
 * The published articles of a synthetic corpus, served through the read port the engine uses on
 * the real site. Answers from memory, so that timings show the engine, not a database.
 */
final class InMemoryCatalog implements ArticleCatalog {

  private final SyntheticCorpus corpus;
  private final ConcurrentSkipListMap<Long, Entry> published = new ConcurrentSkipListMap<>();

  private record Entry(SyntheticCorpus.Article article, CatalogArticle catalogued) {}

  InMemoryCatalog(SyntheticCorpus corpus) {
    this.corpus = corpus;
    corpus.articles().forEach(a -> publish(a, a.publishedAt()));
  }

  /** Publishes (or republishes, after an edit) an article, as modified at the given time. */
  void publish(SyntheticCorpus.Article a, Instant modifiedAt) {
    ArticleRef ref = new ArticleRef(a.id(), "a-" + a.id(), a.title(), a.primaryCategory(), a.categories(), a.tags(), a.publishedAt());
    published.put(a.id(), new Entry(a, new CatalogArticle(ref, modifiedAt, false)));
  }

  SyntheticCorpus.Article article(long id) {
    return published.get(id).article();
  }

  List<Long> ids() {
    return new ArrayList<>(published.keySet());
  }

  int size() {
    return published.size();
  }

  @Override
  public List<CatalogArticle> published(long afterId, int limit) {
    return published.tailMap(afterId, false).values().stream().limit(limit).map(Entry::catalogued).toList();
  }

  @Override
  public List<CatalogArticle> published(Collection<Long> ids) {
    return new TreeSet<>(ids).stream().map(published::get).filter(e -> e != null).map(Entry::catalogued).toList();
  }

  @Override
  public Map<Long, String> bodyTexts(Collection<Long> ids) {
    Map<Long, String> bodies = new LinkedHashMap<>();
    for (long id : ids) {
      Entry e = published.get(id);
      if (e != null) {
        bodies.put(id, corpus.body(e.article()));
      }
    }
    return bodies;
  }

  @Override
  public List<ArticleCard> cards(List<Long> ids) {
    return ids.stream().map(published::get).filter(e -> e != null).map(e -> {
      SyntheticCorpus.Article a = e.article();
      return new ArticleCard(a.id(), a.title(), "/a-" + a.id() + "/", a.primaryCategory(), a.primaryCategory(), "", "Bench", null, null, a.publishedAt());
    }).toList();
  }

  @Override
  public List<CategoryNode> categories() {
    return corpus.categories();
  }
}
