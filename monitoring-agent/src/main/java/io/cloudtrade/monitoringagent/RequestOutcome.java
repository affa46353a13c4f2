package io.cloudtrade.monitoringagent;

/**
 * How a call ended: the {@code outcome} of the request-log line and of the metric tag. The error ratio
 * of the availability alerts is {@code ERROR / all}: a {@code REJECTED} call is a good answer (the
 * platform worked and said no).
 */
public enum RequestOutcome {
  /** Answered normally: no exception, and no rejected {@code Outcome}. */
  SUCCESS,
  /** A business rejection with its error code: a rejected {@code Outcome}, or a business exception. */
  REJECTED,
  /** A system error: any other exception (its simple class name is the code). */
  ERROR
}
