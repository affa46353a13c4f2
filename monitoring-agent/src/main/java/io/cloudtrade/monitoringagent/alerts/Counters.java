package io.cloudtrade.monitoringagent.alerts;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A few counters per second, for the last {@code fineSeconds} seconds, and per minute, for the last
 * {@code coarseMinutes} minutes: two rings of buckets, written by the threads that make calls (an
 * atomic add, a new bucket swapped in by compare-and-set when a slot's second or minute is over; no
 * locks) and summed by the evaluator. A window that reaches further back than the per-second ring
 * is summed from the per-minute ring: from the minute its start falls in; to the current minute when
 * it ends now, else to the last minute that ends within it (a baseline never sees the seconds after it).
 */
final class Counters {
  private static final VarHandle INTS = MethodHandles.arrayElementVarHandle(int[].class);

  private final int width;
  private final AtomicReferenceArray<Bucket> fine;
  private final AtomicReferenceArray<Bucket> coarse;

  /** One second (or minute) of counts. */
  static final class Bucket {
    final long stamp;
    final int[] counts;

    Bucket(long stamp, int width) {
      this.stamp = stamp;
      this.counts = new int[width];
    }

    void add(int counter) {
      INTS.getAndAdd(counts, counter, 1);
    }
  }

  Counters(int width, int fineSeconds, int coarseMinutes) {
    this.width = width;
    this.fine = new AtomicReferenceArray<>(fineSeconds);
    this.coarse = new AtomicReferenceArray<>(coarseMinutes);
  }

  int fineSeconds() {
    return fine.length();
  }

  /** The bucket of a second, or null when the second is too old for the ring. */
  Bucket second(long epochSecond) {
    return bucket(fine, epochSecond);
  }

  /** The bucket of the minute a second falls in, or null when too old. */
  Bucket minuteOf(long epochSecond) {
    return bucket(coarse, Math.floorDiv(epochSecond, 60));
  }

  /** Adds 1 to {@code counter} in both buckets (either may be null). */
  static void add(Bucket second, Bucket minute, int counter) {
    if (second != null) {
      second.add(counter);
    }
    if (minute != null) {
      minute.add(counter);
    }
  }

  private Bucket bucket(AtomicReferenceArray<Bucket> ring, long stamp) {
    int i = (int) Math.floorMod(stamp, (long) ring.length());
    while (true) {
      Bucket b = ring.get(i);
      if (b != null && b.stamp == stamp) {
        return b;
      }
      if (b != null && b.stamp > stamp) {
        return null; // a later second already took the slot
      }
      Bucket made = new Bucket(stamp, width);
      if (ring.compareAndSet(i, b, made)) {
        return made;
      }
    }
  }

  /**
   * Adds to {@code out} the counts of the seconds {@code from..to} (inclusive), {@code now} being the
   * evaluator's current second.
   */
  void sum(long from, long to, long now, long[] out) {
    if (to < from) {
      return;
    }
    if (now - from < fine.length() - 1) {
      for (long s = from; s <= to; s++) {
        addIfStamped(fine.get((int) Math.floorMod(s, (long) fine.length())), s, out);
      }
    } else {
      long lastMinute = to >= now ? Math.floorDiv(to, 60) : Math.floorDiv(to + 1, 60) - 1;
      for (long m = Math.max(Math.floorDiv(from, 60), lastMinute - coarse.length() + 1); m <= lastMinute; m++) {
        addIfStamped(coarse.get((int) Math.floorMod(m, (long) coarse.length())), m, out);
      }
    }
  }

  /** The counts of the last {@code seconds} seconds up to {@code now} (inclusive), in a new array. */
  long[] window(long now, long seconds) {
    long[] out = new long[width];
    sum(now - seconds + 1, now, now, out);
    return out;
  }

  private static void addIfStamped(Bucket b, long stamp, long[] out) {
    if (b == null || b.stamp != stamp) {
      return;
    }
    int[] c = b.counts;
    for (int i = 0; i < c.length; i++) {
      out[i] += (int) INTS.getVolatile(c, i);
    }
  }

  /** Whether nothing was counted in the window (for dropping idle state). */
  boolean idle(long now, long seconds) {
    long[] w = window(now, seconds);
    return Arrays.stream(w).allMatch(v -> v == 0);
  }
}
