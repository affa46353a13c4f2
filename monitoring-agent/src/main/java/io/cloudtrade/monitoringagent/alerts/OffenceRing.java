package io.cloudtrade.monitoringagent.alerts;

import io.cloudtrade.monitoringagent.FieldValues;
import io.cloudtrade.monitoringagent.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The offending calls of one link since the evaluator last looked: many writers (a ticket and a slot
 * write, no lock), one reader (the evaluator). When writers lap the reader, the oldest are lost and
 * counted: the impact is then a lower bound.
 */
final class OffenceRing {
  private final AtomicLong next = new AtomicLong();
  private final AtomicReferenceArray<Offence> slots;
  // the reader's own state (the evaluator thread)
  private long read;
  private long lost;

  OffenceRing(int size) {
    this.slots = new AtomicReferenceArray<>(size);
  }

  void offer(long atMillis, String product, int flags, String code, Span span, FieldValues fields) {
    long n = next.getAndIncrement();
    slots.set((int) (n % slots.length()), new Offence(n, atMillis, product, flags, code,
        span == null ? null : span.traceId(), field(fields, "requestId"), field(fields, "accountId"),
        field(fields, "orderId"), field(fields, "amount")));
  }

  private static String field(FieldValues fields, String key) {
    return fields == null ? null : fields.get(key);
  }

  /** What was offered since the last drain, oldest first. Evaluator thread only. */
  List<Offence> drain() {
    long end = next.get();
    int size = slots.length();
    if (end - read > size) {
      lost += end - read - size;
      read = end - size;
    }
    List<Offence> out = new ArrayList<>((int) Math.min(64, end - read));
    long n = read;
    for (; n < end; n++) {
      Offence o = slots.get((int) (n % size));
      if (o == null || o.seq < n) {
        break; // its writer has the ticket but has not stored it yet: next time
      }
      if (o.seq > n) {
        lost++;
        continue;
      }
      out.add(o);
    }
    read = n;
    return out;
  }

  /** How many offending calls were dropped so far. Evaluator thread only. */
  long lost() {
    return lost;
  }
}
