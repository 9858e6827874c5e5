package org.inkwell.cms.relatedposts.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.inkwell.cms.relatedposts.RelatedSettings;

/**
 * Part 1: how often the first picks are on the article's topic, for the engine (after a full
 * rebuild with default settings) and two baselines, over a sample of query articles.
 */
final class QualityBench {

  static final int K = RelatedSettings.DEFAULTS.count();

  private final SyntheticCorpus.Shape shape;
  private final int queries;
  private final long seed;
  private final Path dir;
  /** Settings other than the defaults, for "what if" runs; null for the defaults. */
  private final RelatedSettings whatIf;

  QualityBench(SyntheticCorpus.Shape shape, int queries, long seed, Path dir, RelatedSettings whatIf) {
    this.shape = shape;
    this.queries = queries;
    this.seed = seed;
    this.dir = dir;
    this.whatIf = whatIf;
  }

  /** Precision and nDCG of one method, overall and by whether queries were filed correctly. */
  static final class Score {
    double precision;
    double ndcg;
    double precisionFiledRight;
    double precisionFiledWrong;
    int filedRight;
    int filedWrong;
    int count;

    void add(boolean queryFiledRight, List<Boolean> relevant) {
      double p = RankingMetrics.precisionAt(K, relevant);
      precision += p;
      ndcg += RankingMetrics.ndcgAt(K, relevant);
      if (queryFiledRight) {
        precisionFiledRight += p;
        filedRight++;
      } else {
        precisionFiledWrong += p;
        filedWrong++;
      }
      count++;
    }
  }

  void run() {
    Instant now = RelatedBench.NOW;
    long t0 = System.nanoTime();
    SyntheticCorpus corpus = new SyntheticCorpus(shape, seed, now);
    InMemoryCatalog catalog = new InMemoryCatalog(corpus);
    Map<String, Score> scores = new LinkedHashMap<>();
    Diagnostics diagnostics = new Diagnostics(whatIf == null ? RelatedSettings.DEFAULTS : whatIf);
    try (EngineHarness harness = new EngineHarness(dir, catalog, new TestClock(now))) {
      EngineHarness.RebuildTimes rebuild = harness.rebuild();
      if (whatIf != null) {
        // As an administrator would: a rebuild with the other settings, replacing the first lists.
        harness.engine.rebuild(whatIf);
        while (harness.engine.work()) {
          // until the new generation is live
        }
      }
      BaselineNewestInCategory newest = new BaselineNewestInCategory(corpus.articles());
      BaselineYarpp yarpp = new BaselineYarpp(corpus);
      List<SyntheticCorpus.Article> sample = sample(corpus.articles());
      Map<String, Function<SyntheticCorpus.Article, List<Long>>> methods = new LinkedHashMap<>();
      methods.put(whatIf == null ? "ours: engine's stored list, default settings" : "ours, WHAT-IF weights " + weights(whatIf),
          a -> ours(harness.engine, a));
      methods.put("baseline: newest 3 in same primary category", a -> newest.top(a, K));
      methods.put("baseline: YARPP-style keyword+taxonomy score", a -> yarpp.top(a, K));
      for (var method : methods.entrySet()) {
        Score score = new Score();
        for (SyntheticCorpus.Article query : sample) {
          List<Long> picks = method.getValue().apply(query);
          List<Boolean> relevant = picks.stream().map(id -> catalog.article(id).topic() == query.topic()).toList();
          score.add(query.primaryCategory().equals(corpus.topicCategory(query.topic())), relevant);
        }
        scores.put(method.getKey(), score);
      }
      for (SyntheticCorpus.Article query : sample) {
        diagnostics.add(harness.engine.listOf(query.id()).orElseThrow(), query, catalog);
      }
      print(corpus, scores, rebuild, sample.size(), (System.nanoTime() - t0) / 1e9);
      diagnostics.print();
    }
  }

  private static String weights(RelatedSettings s) {
    RelatedSettings.Weights w = s.weights();
    return w.samePrimaryCategory() + "," + w.categoryTree() + "," + w.tags() + "," + w.text() + "," + w.recency();
  }

  private static List<Long> ours(RelatedEngine engine, SyntheticCorpus.Article a) {
    return engine.listOf(a.id()).orElseThrow().stream().limit(K).map(Pick::articleId).toList();
  }

  private List<SyntheticCorpus.Article> sample(List<SyntheticCorpus.Article> all) {
    List<SyntheticCorpus.Article> shuffled = new ArrayList<>(all);
    Collections.shuffle(shuffled, new Random(seed + 1));
    return shuffled.subList(0, Math.min(queries, shuffled.size()));
  }

  private void print(
      SyntheticCorpus corpus, Map<String, Score> scores, EngineHarness.RebuildTimes rebuild, int sampled, double seconds) {
    SyntheticCorpus.Shape s = corpus.shape();
    System.out.printf(
        "Corpus: %d topics x %d articles = %d; topic words %.0f-%.0f%% of a body (%d words per topic, %.0f%% shared within a"
            + " section); primary category wrong for %.0f%%; %.0f%% of tags from other topics; seed %d.%n",
        s.topics(), s.perTopic(), s.size(), 100 * s.topicShareMin(), 100 * s.topicShareMax(), s.topicWords(),
        100 * s.sectionOverlap(), 100 * s.categoryNoise(), 100 * s.tagNoise(), seed);
    System.out.printf("Engine rebuild before measuring: %.1f s. Queries: %d random articles; relevant = same topic; k = %d.%n%n",
        rebuild.total() / 1e9, sampled, K);
    Score any = scores.values().iterator().next();
    System.out.printf("| %-50s | p@%d  | nDCG@%d | p@%d, query filed in its topic's category (n=%d) | p@%d, query filed elsewhere (n=%d) |%n",
        "method", K, K, K, any.filedRight, K, any.filedWrong);
    System.out.println("|----------------------------------------------------|-------|--------|-------------------------------------------------|---------------------------------------|");
    scores.forEach((name, sc) -> System.out.printf("| %-50s | %.3f | %.3f  | %-47.3f | %-37.3f |%n",
        name, sc.precision / sc.count, sc.ndcg / sc.count,
        sc.precisionFiledRight / Math.max(1, sc.filedRight), sc.precisionFiledWrong / Math.max(1, sc.filedWrong)));
    List<Score> all = List.copyOf(scores.values());
    double ours = all.get(0).precision / all.get(0).count;
    double bestBaseline = Math.max(all.get(1).precision / all.get(1).count, all.get(2).precision / all.get(2).count);
    System.out.printf("Ours beats both baselines on p@%d: %s (%.3f vs best baseline %.3f; a tie is not a win). Part 1 took %.0f s.%n",
        K, ours > bestBaseline ? "YES" : "NO", ours, bestBaseline, seconds);
  }

  /** Why the engine's first picks are right or wrong: their kind, category relation and signals. */
  private static final class Diagnostics {
    private final Map<Pick.Kind, int[]> kinds = new EnumMap<>(Pick.Kind.class); // {right, wrong}
    private final Map<CategoryTree.Relation, int[]> relations = new EnumMap<>(CategoryTree.Relation.class);
    private final double[] textSum = new double[2];
    private final double[] tagShare = new double[2];
    private final double[] scoreSum = new double[2];
    private final double[] categoryPart = new double[2];
    private final double[] textPart = new double[2];
    private final int[] scored = new int[2];
    private final RelatedSettings.Weights weights;

    Diagnostics(RelatedSettings settings) {
      this.weights = settings.weights();
    }

    void add(List<Pick> list, SyntheticCorpus.Article query, InMemoryCatalog catalog) {
      for (Pick p : list.subList(0, Math.min(K, list.size()))) {
        int wrong = catalog.article(p.articleId()).topic() == query.topic() ? 0 : 1;
        kinds.computeIfAbsent(p.kind(), k -> new int[2])[wrong]++;
        if (p.kind() == Pick.Kind.SCORED) {
          relations.computeIfAbsent(p.relation(), k -> new int[2])[wrong]++;
          textSum[wrong] += p.text();
          tagShare[wrong] += p.sharedTags().isEmpty() ? 0 : 1;
          scoreSum[wrong] += p.score();
          // The two terms of the engine's weighted sum a pick's relation and text figure give away.
          categoryPart[wrong] += weights.samePrimaryCategory() * (p.relation() == CategoryTree.Relation.SAME ? 1 : 0)
              + weights.categoryTree() * p.relation().closeness;
          textPart[wrong] += weights.text() * p.text();
          scored[wrong]++;
        }
      }
    }

    void print() {
      System.out.println();
      System.out.println("Engine's first " + K + " picks of the sampled queries (right = same topic as the query):");
      kinds.forEach((kind, n) -> System.out.printf("  kind %-7s right %5d  wrong %5d%n", kind, n[0], n[1]));
      relations.forEach((rel, n) -> System.out.printf("  scored, category relation %-7s right %5d  wrong %5d%n", rel, n[0], n[1]));
      for (int w = 0; w < 2; w++) {
        if (scored[w] > 0) {
          System.out.printf("  scored %s picks: mean score %.3f; mean text similarity %.3f; %.0f%% share a tag;"
                  + " weighted category term %.3f, weighted text term %.3f (before the recency factor)%n",
              w == 0 ? "right" : "wrong", scoreSum[w] / scored[w], textSum[w] / scored[w], 100 * tagShare[w] / scored[w],
              categoryPart[w] / scored[w], textPart[w] / scored[w]);
        }
      }
    }
  }
}
