package org.inkwell.cms.relatedposts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.inkwell.cms.relatedposts.RelatedSettings;
import org.inkwell.cms.relatedposts.RelatedSettings.Weights;
import org.inkwell.cms.relatedposts.internal.CategoryTree.Relation;

/**
 * Builds an article's list: pinned posts first, then the best-scoring candidates, then, if too few
 * score well, the latest posts of its category, its parent category and the site, so that the list
 * is never empty while any other post is public.
 */
final class ListBuilder {

  /**
   * Lists are kept this deep: twice the largest block, so that editors can look further down the
   * ranking and a post that leaves the site leaves a full list behind until it is recomputed.
   */
  static final int DEPTH = 2 * RelatedSettings.MAX_COUNT;

  private static final int TEXT_CANDIDATES = 60;
  private static final int SAME_CATEGORY_CANDIDATES = 40;
  private static final int NEAR_CATEGORY_CANDIDATES = 15;
  private static final int TAG_CANDIDATES = 30;
  private static final double DAYS_TO_HALVE_FRESHNESS = 365;

  private static final Comparator<Pick> BEST_FIRST =
      Comparator.comparingDouble(Pick::score).reversed().thenComparingLong(p -> -p.articleId());

  private final Corpus corpus;
  private final Supplier<CategoryTree> tree;
  private final LuceneTextSimilarity text;
  private final Clock clock;

  ListBuilder(Corpus corpus, Supplier<CategoryTree> tree, LuceneTextSimilarity text, Clock clock) {
    this.corpus = corpus;
    this.tree = tree;
    this.text = text;
    this.clock = clock;
  }

  List<Pick> build(Facts target, Curation curation, RelatedSettings settings) {
    Assembly list = new Assembly(target, curation, settings);
    curation.pinned().forEach(list::pin);
    ranked(target, curation, settings).forEach(list::add);
    fillWithLatest(list);
    return list.picks;
  }

  /**
   * A stored list with one post's entry replaced: {@code changed} leaves it, and {@code rescored}
   * (that post's new pick for this list, or {@code null}) takes its place by score if it still
   * qualifies. Pinned picks stay first and fallback picks last; the per-category cap holds.
   * Cheaper than {@link #build}: no text search. Empty when the list would become too short to
   * be trusted, so the caller rebuilds it.
   */
  Optional<List<Pick>> merge(
      Facts target, List<Pick> stored, long changed, Pick rescored, Curation curation, RelatedSettings settings) {
    List<Pick> scored = new ArrayList<>();
    List<Pick> latest = new ArrayList<>();
    Assembly list = new Assembly(target, curation, settings);
    for (Pick p : stored) {
      if (p.articleId() == changed) {
        continue;
      }
      switch (p.kind()) {
        case PINNED -> list.pin(p.articleId());
        case SCORED -> scored.add(p);
        case LATEST -> latest.add(p);
      }
    }
    Facts candidate = rescored == null ? null : corpus.find(rescored.articleId()).orElse(null);
    if (candidate != null && eligible(target, candidate, curation, settings) && rescored.score() >= settings.minScore()) {
      scored.add(rescored);
      scored.sort(BEST_FIRST);
    }
    scored.forEach(list::add);
    latest.forEach(list::add);
    return list.picks.size() * 2 < DEPTH ? Optional.empty() : Optional.of(list.picks);
  }

  /** Eligible candidates scoring at least the minimum, best first. */
  List<Pick> ranked(Facts target, Curation curation, RelatedSettings settings) {
    Map<Long, Double> similar = text.similarTo(target.id(), TEXT_CANDIDATES);
    Set<Long> ids = new LinkedHashSet<>(similar.keySet());
    candidatesByCategoryAndTag(target).forEach(f -> ids.add(f.id()));
    CategoryTree categories = tree.get();
    Instant now = clock.instant();
    List<Pick> picks = new ArrayList<>();
    for (long id : ids) {
      corpus.find(id)
          .filter(c -> eligible(target, c, curation, settings))
          .map(c -> score(target, c, similar.getOrDefault(id, 0.0), settings.weights(), categories, now))
          .filter(p -> p.score() >= settings.minScore())
          .ifPresent(picks::add);
    }
    picks.sort(BEST_FIRST);
    return picks;
  }

  /** How well {@code candidate} suits a reader of {@code target}, and why. */
  Pick score(Facts target, Facts candidate, double textSimilarity, Weights w, CategoryTree categories, Instant now) {
    Relation relation = categories.relation(target.primaryCategory(), candidate.primaryCategory());
    String category = candidate.primaryCategory();
    if (relation == Relation.NONE || relation == Relation.COUSIN) {
      String shared = firstShared(target.categories(), candidate.categories());
      if (shared != null) {
        relation = Relation.SHARED;
        category = shared;
      }
    }
    List<String> sharedTags = new ArrayList<>();
    double sharedRarity = 0;
    double allRarity = 0;
    for (String tag : target.tags()) {
      double rarity = corpus.tagRarity(tag);
      allRarity += rarity;
      if (candidate.tags().contains(tag)) {
        sharedTags.add(tag);
        sharedRarity += rarity;
      }
    }
    double tags = allRarity == 0 ? 0 : sharedRarity / allRarity;
    double samePrimary = relation == Relation.SAME ? 1 : 0;
    double base =
        w.samePrimaryCategory() * samePrimary
            + w.categoryTree() * relation.closeness
            + w.tags() * tags
            + w.text() * textSimilarity;
    double ageDays = Math.max(0, Duration.between(candidate.publishedAt(), now).toHours() / 24.0);
    double freshness = Math.pow(0.5, ageDays / DAYS_TO_HALVE_FRESHNESS);
    double score = base * (1 - w.recency() * (1 - freshness));
    return new Pick(candidate.id(), Pick.Kind.SCORED, score, relation, category, sharedTags, textSimilarity);
  }

  private Stream<Facts> candidatesByCategoryAndTag(Facts target) {
    CategoryTree categories = tree.get();
    String primary = target.primaryCategory();
    String parent = categories.parent(primary);
    List<String> near = new ArrayList<>(categories.children(primary));
    if (parent != null) {
      near.add(parent);
      near.addAll(categories.children(parent));
    }
    near.addAll(target.categories());
    return Stream.of(
            corpus.newestIn(primary).limit(SAME_CATEGORY_CANDIDATES),
            near.stream().distinct().flatMap(c -> corpus.newestIn(c).limit(NEAR_CATEGORY_CANDIDATES)),
            target.tags().stream().flatMap(t -> corpus.newestTagged(t).limit(TAG_CANDIDATES)))
        .flatMap(s -> s);
  }

  private void fillWithLatest(Assembly list) {
    String primary = list.target.primaryCategory();
    String parent = tree.get().parent(primary);
    list.fill(corpus.newestIn(primary), primary);
    if (parent != null) {
      list.fill(corpus.newestIn(parent), parent);
      for (String sibling : tree.get().children(parent)) {
        list.fill(corpus.newestIn(sibling), sibling);
      }
    }
    list.fill(corpus.newest(), null);
  }

  /** A list being put together: what it holds, and how many picks each primary category has. */
  private final class Assembly {

    private final Facts target;
    private final Curation curation;
    private final RelatedSettings settings;
    private final List<Pick> picks = new ArrayList<>(DEPTH);
    private final Set<Long> taken = new HashSet<>();
    private final Map<String, Integer> perCategory = new HashMap<>();

    Assembly(Facts target, Curation curation, RelatedSettings settings) {
      this.target = target;
      this.curation = curation;
      this.settings = settings;
      taken.add(target.id());
    }

    /**
     * An editor's pin outranks the site-wide exclusions and the per-category cap, but a post that
     * is no longer public, or asks to stay out of listings (noindex), is never shown.
     */
    void pin(long id) {
      boolean listable = corpus.find(id).filter(f -> !f.noindex()).isPresent();
      if (picks.size() < DEPTH && listable && taken.add(id)) {
        picks.add(Pick.pinned(id));
      }
    }

    void add(Pick pick) {
      corpus.find(pick.articleId()).filter(this::admit).ifPresent(f -> picks.add(pick));
    }

    /** Fills the list from the newest posts of a category ({@code null}: of the site). */
    void fill(Stream<Facts> newest, String category) {
      Iterator<Facts> candidates = newest.iterator();
      while (picks.size() < DEPTH && candidates.hasNext()) {
        Facts c = candidates.next();
        if (eligible(target, c, curation, settings) && admit(c)) {
          picks.add(Pick.latest(c.id(), category));
        }
      }
    }

    /** Takes a post unless the list is full, holds it already, or its category is at the cap. */
    private boolean admit(Facts candidate) {
      int already = perCategory.getOrDefault(candidate.primaryCategory(), 0);
      boolean capped = settings.maxPerCategory() != 0 && already >= settings.maxPerCategory();
      if (picks.size() >= DEPTH || capped || !taken.add(candidate.id())) {
        return false;
      }
      perCategory.put(candidate.primaryCategory(), already + 1);
      return true;
    }
  }

  private static boolean eligible(Facts target, Facts candidate, Curation curation, RelatedSettings settings) {
    return candidate.id() != target.id()
        && !candidate.noindex()
        && !curation.excluded().contains(candidate.id())
        && candidate.categories().stream().noneMatch(settings.excludedCategories()::contains)
        && candidate.tags().stream().noneMatch(settings.excludedTags()::contains);
  }

  private static String firstShared(List<String> mine, List<String> theirs) {
    return mine.stream().filter(theirs::contains).findFirst().orElse(null);
  }
}
