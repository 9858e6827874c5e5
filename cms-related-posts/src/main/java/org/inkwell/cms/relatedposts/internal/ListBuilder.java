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
    List<Pick> list = new ArrayList<>(DEPTH);
    Set<Long> taken = new HashSet<>();
    taken.add(target.id());
    // An editor's pin outranks the site-wide exclusions, but a post that is no longer public, or
    // asks to stay out of listings (noindex), is never shown.
    for (long pinned : curation.pinned()) {
      boolean listable = corpus.find(pinned).filter(f -> !f.noindex()).isPresent();
      if (list.size() < DEPTH && listable && taken.add(pinned)) {
        list.add(Pick.pinned(pinned));
      }
    }
    Map<String, Integer> perCategory = new HashMap<>();
    for (Pick pick : ranked(target, curation, settings)) {
      if (list.size() >= DEPTH) {
        break;
      }
      Facts candidate = corpus.find(pick.articleId()).orElse(null);
      if (candidate != null && admit(candidate, settings, perCategory, taken)) {
        list.add(pick);
      }
    }
    fillWithLatest(target, curation, settings, list, taken, perCategory);
    return list;
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
    List<Pick> pinned = new ArrayList<>();
    List<Pick> latest = new ArrayList<>();
    for (Pick p : stored) {
      if (p.articleId() != changed && corpus.contains(p.articleId())) {
        (p.kind() == Pick.Kind.PINNED ? pinned : p.kind() == Pick.Kind.SCORED ? scored : latest).add(p);
      }
    }
    Facts candidate = rescored == null ? null : corpus.find(rescored.articleId()).orElse(null);
    if (candidate != null && eligible(target, candidate, curation, settings) && rescored.score() >= settings.minScore()) {
      scored.add(rescored);
      scored.sort(BEST_FIRST);
    }
    List<Pick> list = new ArrayList<>(pinned);
    Set<Long> taken = new HashSet<>();
    pinned.forEach(p -> taken.add(p.articleId()));
    Map<String, Integer> perCategory = new HashMap<>();
    for (Pick p : scored) {
      Facts f = corpus.find(p.articleId()).orElse(null);
      if (list.size() < DEPTH && f != null && admit(f, settings, perCategory, taken)) {
        list.add(p);
      }
    }
    for (Pick p : latest) {
      Facts f = corpus.find(p.articleId()).orElse(null);
      if (list.size() < DEPTH && f != null && admit(f, settings, perCategory, taken)) {
        list.add(p);
      }
    }
    return list.size() * 2 < DEPTH ? Optional.empty() : Optional.of(list);
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

  private void fillWithLatest(
      Facts target,
      Curation curation,
      RelatedSettings settings,
      List<Pick> list,
      Set<Long> taken,
      Map<String, Integer> perCategory) {
    String primary = target.primaryCategory();
    String parent = tree.get().parent(primary);
    fill(corpus.newestIn(primary), primary, target, curation, settings, list, taken, perCategory);
    if (parent != null) {
      fill(corpus.newestIn(parent), parent, target, curation, settings, list, taken, perCategory);
      for (String sibling : tree.get().children(parent)) {
        fill(corpus.newestIn(sibling), sibling, target, curation, settings, list, taken, perCategory);
      }
    }
    fill(corpus.newest(), null, target, curation, settings, list, taken, perCategory);
  }

  private static void fill(
      Stream<Facts> newest,
      String category,
      Facts target,
      Curation curation,
      RelatedSettings settings,
      List<Pick> list,
      Set<Long> taken,
      Map<String, Integer> perCategory) {
    Iterator<Facts> candidates = newest.iterator();
    while (list.size() < DEPTH && candidates.hasNext()) {
      Facts c = candidates.next();
      if (eligible(target, c, curation, settings) && admit(c, settings, perCategory, taken)) {
        list.add(Pick.latest(c.id(), category));
      }
    }
  }

  /**
   * Takes a candidate into the list unless it is in it already or its primary category has as many
   * picks as the settings allow; the fallback obeys that limit as much as the scored picks do.
   */
  private static boolean admit(
      Facts candidate, RelatedSettings settings, Map<String, Integer> perCategory, Set<Long> taken) {
    int already = perCategory.getOrDefault(candidate.primaryCategory(), 0);
    if (settings.maxPerCategory() != 0 && already >= settings.maxPerCategory()) {
      return false;
    }
    if (!taken.add(candidate.id())) {
      return false;
    }
    perCategory.put(candidate.primaryCategory(), already + 1);
    return true;
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
