package io.cloudtrade.monitoringagent;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * What a span's outgoing calls cost and how they failed: the small mutable record a {@link Span} keeps
 * of the calls it made (Dubbo calls, through the consumer side of {@code dubbo.TraceFilter}, and
 * in-process {@link Monitored} child calls, through the aspect). When the span is recorded, {@link
 * RequestRecorder} uses it to split the latency into self time and downstream time and to say whether
 * a failure was the span's own or came from a link below it:
 *
 * <ul>
 *   <li>self latency = latency - {@link #nanos()} (never below 0: parallel calls may overlap);
 *   <li>an {@code ERROR} is caused downstream when its exception is (or is caused by) the exception a
 *       failed downstream call ended with, or is a Dubbo {@code RpcException} while a downstream call
 *       failed with an error; a call judged without an exception (an HTTP status) is caused downstream
 *       when any downstream call failed with an error;
 *   <li>a {@code REJECTED} is passed through when a downstream call was rejected with the same code.
 * </ul>
 *
 * The cause is the downstream link ({@code "Service.operation"}) that failed. Thread-safe without locks
 * (work resumed on other threads may add to it); at most {@value #MAX_FAILURES} failures are kept.
 */
public final class Downstream {
  static final int MAX_FAILURES = 8;
  private static final int MAX_CAUSE_DEPTH = 10;
  private static final String RPC_EXCEPTION = "org.apache.dubbo.rpc.RpcException";
  private static final VarHandle NANOS;
  private static final VarHandle CALLS;
  private static final VarHandle FAILURES;

  static {
    try {
      MethodHandles.Lookup l = MethodHandles.lookup();
      NANOS = l.findVarHandle(Downstream.class, "nanos", long.class);
      CALLS = l.findVarHandle(Downstream.class, "calls", int.class);
      FAILURES = l.findVarHandle(Downstream.class, "failures", Failure.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private volatile long nanos;
  private volatile int calls;
  private volatile Failure failures;

  Downstream() {}

  /** Adds one finished outgoing call that took {@code nanos}. */
  public void completed(long nanos) {
    NANOS.getAndAdd(this, Math.max(0, nanos));
    CALLS.getAndAdd(this, 1);
  }

  /**
   * Notes that the outgoing call of {@code link} failed: an error (with its exception) or a rejection
   * (with its code). A success is ignored.
   */
  public void failed(String link, Classification outcome, Throwable error) {
    if (outcome == null || outcome.outcome() == RequestOutcome.SUCCESS) {
      return;
    }
    while (true) {
      Failure head = failures;
      int depth = head == null ? 0 : head.depth + 1;
      if (depth >= MAX_FAILURES) {
        return; // the first failures are kept: they are the ones a caller usually surfaces
      }
      Failure f = new Failure(link, outcome.outcome(), outcome.code(), error, head, depth);
      if (FAILURES.compareAndSet(this, head, f)) {
        return;
      }
    }
  }

  /** The time spent in outgoing calls so far. */
  public long nanos() {
    return nanos;
  }

  /** How many outgoing calls finished. */
  public int calls() {
    return calls;
  }

  /** Whether any outgoing call failed (with an error or a rejection). */
  public boolean anyFailed() {
    return failures != null;
  }

  /**
   * The downstream link that caused this outcome, or {@code null} when it is the span's own (or a
   * success).
   *
   * @param error what the span's call threw, or null when it was judged otherwise (an HTTP status)
   */
  public String causeOf(Classification outcome, Throwable error) {
    Failure head = failures;
    if (head == null || outcome.outcome() == RequestOutcome.SUCCESS) {
      return null;
    }
    if (outcome.outcome() == RequestOutcome.REJECTED) {
      for (Failure f = head; f != null; f = f.next) {
        if (f.outcome == RequestOutcome.REJECTED && f.code.equals(outcome.code())) {
          return f.link;
        }
      }
      return null;
    }
    Failure firstError = null;
    for (Failure f = head; f != null; f = f.next) {
      if (f.outcome != RequestOutcome.ERROR) {
        continue;
      }
      firstError = f; // the list is newest first: this ends on the oldest
      if (error != null && f.error != null && surfaces(error, f.error)) {
        return f.link;
      }
    }
    if (firstError == null) {
      return null;
    }
    return error == null || isRpcException(error) ? firstError.link : null;
  }

  /** Whether {@code error}, or one of its causes, is {@code downstream} or the cause of it. */
  private static boolean surfaces(Throwable error, Throwable downstream) {
    Throwable downstreamCause = downstream.getCause();
    Throwable e = error;
    for (int i = 0; e != null && i < MAX_CAUSE_DEPTH; i++) {
      if (e == downstream || (downstreamCause != null && e == downstreamCause)) {
        return true;
      }
      e = e.getCause() == e ? null : e.getCause();
    }
    return false;
  }

  private static boolean isRpcException(Throwable error) {
    Throwable e = error;
    for (int i = 0; e != null && i < MAX_CAUSE_DEPTH; i++) {
      for (Class<?> c = e.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
        if (c.getName().equals(RPC_EXCEPTION)) {
          return true;
        }
      }
      e = e.getCause() == e ? null : e.getCause();
    }
    return false;
  }

  /** One failed outgoing call; an immutable list, newest first. */
  private static final class Failure {
    final String link;
    final RequestOutcome outcome;
    final String code;
    final Throwable error;
    final Failure next;
    final int depth;

    Failure(String link, RequestOutcome outcome, String code, Throwable error, Failure next, int depth) {
      this.link = link;
      this.outcome = outcome;
      this.code = code;
      this.error = error;
      this.next = next;
      this.depth = depth;
    }
  }
}
