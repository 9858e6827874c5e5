package org.inkwell.cms.relatedposts.internal;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.inkwell.cms.relatedposts.RelatedSettings;

/**
 * Benchmark of the Recommended Posts engine; bench/related/run.sh builds and runs it.
 *
 * <pre>
 *   RelatedBench quality [--per-topic 500] [--queries 500] [--harder | --hardest] [--seed 42] [--dir D]
 *       [--weights samePrimaryCategory,categoryTree,tags,text,recency]   (a what-if; default: the defaults)
 *   RelatedBench scale [--n 10000,100000] [--publishes 200] [--edits 100] [--reads 200000] [--seed 42] [--dir D]
 * </pre>
 *
 * Not a test (no Test in its name): surefire never runs it.
 */
public final class RelatedBench {

  /** The benchmark's "now": fixed, so that recency scores repeat from run to run. */
  static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  // JUL keeps loggers weakly: hold them, or their level is lost with them.
  private static final List<Logger> QUIETED = List.of(Logger.getLogger("org.inkwell"), Logger.getLogger("org.flywaydb"));

  private RelatedBench() {}

  public static void main(String[] args) {
    // The engine and Flyway log at INFO as they go; the benchmark prints its own figures.
    QUIETED.forEach(l -> l.setLevel(Level.WARNING));
    Options o = new Options(args);
    printJvm();
    switch (o.command) {
      case "quality" -> {
        int perTopic = o.integer("--per-topic", 500);
        SyntheticCorpus.Shape shape = o.flag("--hardest")
            ? SyntheticCorpus.Shape.hardest(20, perTopic)
            : o.flag("--harder")
                ? SyntheticCorpus.Shape.harder(20, perTopic)
                : SyntheticCorpus.Shape.standard(20, perTopic);
        new QualityBench(shape, o.integer("--queries", 500), o.integer("--seed", 42), o.dir().resolve("quality"), o.weights()).run();
      }
      case "scale" -> {
        List<ScaleBench.Result> results = new ArrayList<>();
        for (String n : o.string("--n", "10000,100000").split(",")) {
          int size = Integer.parseInt(n.trim());
          results.add(new ScaleBench(size, o.integer("--publishes", 200), o.integer("--edits", 100),
              o.integer("--reads", 200_000), o.integer("--seed", 42), o.dir().resolve("scale-" + size)).run());
        }
        printScale(results);
      }
      default -> throw new IllegalArgumentException("usage: RelatedBench quality|scale [options]");
    }
  }

  private static void printJvm() {
    var runtime = ManagementFactory.getRuntimeMXBean();
    System.out.printf("JVM: %s %s; %d processors; max heap %d MiB; flags: %s; GC: %s%n%n",
        runtime.getVmName(), runtime.getVmVersion(), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, String.join(" ", runtime.getInputArguments()),
        ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", ")));
  }

  private static void printScale(List<ScaleBench.Result> results) {
    Table t = new Table(results);
    t.header();
    t.row("full rebuild: start() until the generation is live", r -> seconds(r.rebuild().total()),
        "<= 5 min at 100,000 on 2 cores", r -> r.n() < 100_000 ? null : r.rebuild().total() <= 300e9);
    t.row("  start(): load facts + index all text (Lucene)", r -> seconds(r.rebuild().start()), "", null);
    t.row("  compute + store every list (steps of 200)", r -> seconds(r.rebuild().compute()) + " (" + r.rebuild().steps() + ")", "", null);
    t.row("  promote the generation", r -> seconds(r.rebuild().promote()), "", null);
    t.row("recompute after one publish, p50", r -> ms(r.publish().latency().millis(50)), "", null);
    t.row("recompute after one publish, p99", r -> ms(r.publish().latency().millis(99)),
        "<= 200 ms at 100,000", r -> r.n() < 100_000 ? null : r.publish().latency().millis(99) <= 200);
    recomputeDetails(t, "publishes", ScaleBench.Result::publish);
    t.row("recompute after one edit, p50 / p99",
        r -> ms(r.edit().latency().millis(50)) + " / " + ms(r.edit().latency().millis(99)), "", null);
    recomputeDetails(t, "edits", ScaleBench.Result::edit);
    t.row("listOf() in-process, p50", r -> ms(r.read().millis(50)), "", null);
    t.row("listOf() in-process, p99", r -> ms(r.read().millis(99)), "<= 1 ms", r -> r.read().millis(99) <= 1);
    t.row("listOf() in-process, p99.9 / max", r -> ms(r.read().millis(99.9)) + " / " + ms(r.read().maxMillis()), "", null);
    t.row("  (reads timed, after as many warm-up reads)", r -> String.format("%,d", r.read().count()), "", null);
    t.row("StoredLists.find (H2, not cached), p50 / p99", r -> ms(r.storeFind().millis(50)) + " / " + ms(r.storeFind().millis(99)), "", null);
    t.row("heap used after GC: fake catalog alone", r -> mib(r.heapCatalog()), "", null);
    t.row("  + engine after rebuild (list cache empty)", r -> mib(r.heapAfterRebuild() - r.heapCatalog()), "", null);
    t.row("  + engine after reads (list cache full)", r -> mib(r.heapWithEngine() - r.heapCatalog()),
        "site default heap: -Xmx320m in all", null);
    t.row("disk: Lucene index", r -> mib(r.luceneBytes()), "", null);
    t.row("disk: H2 database file", r -> mib(r.h2Bytes()), "", null);
    t.row("  the same after SHUTDOWN COMPACT (live data)", r -> mib(r.h2CompactedBytes()), "", null);
    t.row("per list, 1 thread: Lucene similarTo()", r -> ms(r.breakdown().similarToMs()), "", null);
    t.row("per list, 1 thread: whole ListBuilder.build()", r -> ms(r.breakdown().buildMs()), "", null);
    t.row("store.save() of 200 lists (1 transaction)", r -> ms(r.breakdown().saveBatchMs()), "", null);
  }

  private static void recomputeDetails(Table t, String what, Function<ScaleBench.Result, Recomputes> of) {
    t.row("  " + what + " timed; max", r -> of.apply(r).latency().count() + "; " + ms(of.apply(r).latency().maxMillis()), "", null);
    t.row("  lists recomputed per change, mean / max",
        r -> String.format("%.1f / %d", of.apply(r).meanLists(), of.apply(r).maxLists()), "", null);
    t.row("  longest GC in one; slow (>200 ms) ones with GC",
        r -> of.apply(r).maxGcMillis() + " ms; " + of.apply(r).slowWithGc(), "", null);
  }

  private static String seconds(long nanos) {
    return String.format("%.1f s", nanos / 1e9);
  }

  private static String ms(double millis) {
    return millis < 1 ? String.format("%.3f ms", millis) : String.format("%.1f ms", millis);
  }

  private static String mib(long bytes) {
    return String.format("%.0f MiB", bytes / 1048576.0);
  }

  /** A Markdown table with one column per N and the target beside the figures. */
  private record Table(List<ScaleBench.Result> results) {
    void header() {
      StringBuilder head = new StringBuilder(String.format("| %-52s |", "measure"));
      StringBuilder rule = new StringBuilder("|" + "-".repeat(54) + "|");
      for (ScaleBench.Result r : results) {
        head.append(String.format(" %22s |", String.format("N=%,d", r.n())));
        rule.append("-".repeat(24)).append("|");
      }
      System.out.println(head.append(String.format(" %-40s |", "target")));
      System.out.println(rule.append("-".repeat(42)).append("|"));
    }

    void row(String name, Function<ScaleBench.Result, String> value, String target, Function<ScaleBench.Result, Boolean> met) {
      StringBuilder line = new StringBuilder(String.format("| %-52s |", name));
      StringBuilder verdicts = new StringBuilder();
      for (ScaleBench.Result r : results) {
        line.append(String.format(" %22s |", value.apply(r)));
        Boolean ok = met == null ? null : met.apply(r);
        if (ok != null) {
          verdicts.append(verdicts.length() == 0 ? "" : ", ").append(String.format("N=%,d %s", r.n(), ok ? "met" : "MISSED"));
        }
      }
      String targetCell = target + (verdicts.length() == 0 ? "" : ": " + verdicts);
      System.out.println(line.append(String.format(" %-40s |", targetCell)));
    }
  }

  /** --name value options after a command word. */
  private static final class Options {
    final String command;
    private final List<String> args;

    Options(String[] args) {
      this.command = args.length == 0 ? "" : args[0];
      this.args = List.of(args).subList(Math.min(1, args.length), args.length);
    }

    boolean flag(String name) {
      return args.contains(name);
    }

    String string(String name, String otherwise) {
      int i = args.indexOf(name);
      return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : otherwise;
    }

    int integer(String name, int otherwise) {
      return Integer.parseInt(string(name, Integer.toString(otherwise)));
    }

    /** --weights samePrimaryCategory,categoryTree,tags,text,recency: a what-if run; null without it. */
    RelatedSettings weights() {
      String w = string("--weights", null);
      if (w == null) {
        return null;
      }
      double[] v = java.util.Arrays.stream(w.split(",")).mapToDouble(Double::parseDouble).toArray();
      RelatedSettings d = RelatedSettings.DEFAULTS;
      return new RelatedSettings(d.count(), d.maxPerCategory(), d.excludedCategories(), d.excludedTags(),
          new RelatedSettings.Weights(v[0], v[1], v[2], v[3], v[4]), d.minScore());
    }

    Path dir() {
      return Path.of(string("--dir", "target/bench-related"));
    }
  }
}
