package org.inkwell.cms.relatedposts.internal;

import java.util.Arrays;

/** Nearest-rank percentiles of recorded durations (nanoseconds). */
final class Percentiles {

  private final long[] sorted;

  Percentiles(long[] nanos) {
    sorted = nanos.clone();
    Arrays.sort(sorted);
  }

  /** The q-th percentile (0 < q <= 100) in milliseconds. */
  double millis(double q) {
    int rank = (int) Math.ceil(q / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }

  double maxMillis() {
    return sorted[sorted.length - 1] / 1e6;
  }

  int count() {
    return sorted.length;
  }
}
