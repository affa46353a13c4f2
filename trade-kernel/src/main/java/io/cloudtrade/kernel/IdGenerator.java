package io.cloudtrade.kernel;

import java.time.Clock;

/**
 * Time-ordered 63-bit identifiers: 41 bits of milliseconds since 2024-01-01, 10 bits of node, 12
 * bits of sequence. Unique across nodes as long as each node has its own node id; carries no shard
 * meaning. Thread-safe.
 */
public final class IdGenerator {
  private static final long EPOCH_MS = 1_704_067_200_000L; // 2024-01-01T00:00:00Z
  private static final int NODE_BITS = 10;
  private static final int SEQ_BITS = 12;
  private static final long MAX_NODE = (1L << NODE_BITS) - 1;
  private static final long SEQ_MASK = (1L << SEQ_BITS) - 1;

  private final long node;
  private final Clock clock;
  private long lastMs = -1;
  private long seq;

  public IdGenerator(long node) {
    this(node, Clock.systemUTC());
  }

  public IdGenerator(long node, Clock clock) {
    if (node < 0 || node > MAX_NODE) {
      throw new IllegalArgumentException("node id must be in [0, " + MAX_NODE + "]");
    }
    this.node = node;
    this.clock = clock;
  }

  public synchronized long next() {
    long now = Math.max(clock.millis(), lastMs); // never go back when the clock does
    if (now == lastMs) {
      seq = (seq + 1) & SEQ_MASK;
      if (seq == 0) {
        now = lastMs + 1; // sequence exhausted in this millisecond: borrow the next one
      }
    } else {
      seq = 0;
    }
    lastMs = now;
    return ((now - EPOCH_MS) << (NODE_BITS + SEQ_BITS)) | (node << SEQ_BITS) | seq;
  }
}
