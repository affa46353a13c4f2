package io.cloudtrade.monitoringagent.alerts;

/**
 * An offending call as the evaluator keeps it for samples and impact: an own error, a slow call (self
 * latency), or an own rejection. Made on the hot path only for such calls.
 */
final class Offence {
  static final int OWN_ERROR = 1;
  static final int SLOW = 2;
  static final int OWN_REJECTED = 4;

  final long seq;
  final long atMillis;
  final String product;
  final int flags;
  /** The code tag (bounded) of an error or rejection; null for a slow success. */
  final String code;
  final String traceId;
  final String requestId;
  final String accountId;
  final String orderId;
  final String amount;

  Offence(long seq, long atMillis, String product, int flags, String code, String traceId, String requestId,
      String accountId, String orderId, String amount) {
    this.seq = seq;
    this.atMillis = atMillis;
    this.product = product;
    this.flags = flags;
    this.code = code;
    this.traceId = traceId;
    this.requestId = requestId;
    this.accountId = accountId;
    this.orderId = orderId;
    this.amount = amount;
  }

  boolean is(int flag) {
    return (flags & flag) != 0;
  }
}
