package org.inkwell.cms.relatedposts.internal;

import java.util.Arrays;

/**
 * Recomputations after single changes: how long each took, how many lists it recomputed, and how
 * much garbage collection happened meanwhile (a long GC pause, not the engine, may make a slow one).
 */
record Recomputes(Percentiles latency, double meanLists, long maxLists, long maxGcMillis, int slowWithGc) {

  /** Slower than this counts as slow when asking whether GC made it so. */
  static final double SLOW_MILLIS = 200;

  static final class Recorder {
    private final long[] nanos;
    private final long[] lists;
    private final long[] gcMillis;
    private int count;

    Recorder(int capacity) {
      nanos = new long[capacity];
      lists = new long[capacity];
      gcMillis = new long[capacity];
    }

    void add(long took, long listsComputed, long gc) {
      nanos[count] = took;
      lists[count] = listsComputed;
      gcMillis[count] = gc;
      count++;
    }

    Recomputes done() {
      int slowWithGc = 0;
      for (int i = 0; i < count; i++) {
        if (nanos[i] / 1e6 > SLOW_MILLIS && gcMillis[i] > 0) {
          slowWithGc++;
        }
      }
      return new Recomputes(
          new Percentiles(Arrays.copyOf(nanos, count)),
          Arrays.stream(lists, 0, count).average().orElse(0),
          Arrays.stream(lists, 0, count).max().orElse(0),
          Arrays.stream(gcMillis, 0, count).max().orElse(0),
          slowWithGc);
    }
  }
}
