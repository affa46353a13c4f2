package io.cloudtrade.monitoringagent;

import java.util.Locale;

/** Where a recorded call sits: the {@code kind} of the request-log line. */
public enum CallKind {
  /** A Dubbo provider call: the server side of a remote call. */
  SERVER,
  /**
   * The client side of a Dubbo call that started a trace (recorded only then: within a trace, the
   * caller's own line covers it).
   */
  CONSUMER,
  /** A {@link Monitored} call within the process (not the entry of a Dubbo provider call). */
  INTERNAL,
  /**
   * The handling of a message (RocketMQ): the span continues the publisher's trace, its parent is the
   * span that published it.
   */
  MESSAGE;

  private final String label = name().toLowerCase(Locale.ROOT);

  /** The value in the log line: {@code server}, {@code consumer}, {@code internal} or {@code message}. */
  public String label() {
    return label;
  }
}
