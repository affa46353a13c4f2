package io.cloudtrade.reseller.domain.rules;

import java.io.Serial;

/**
 * A rule expression could not be decided: it was refused by the sandbox, it failed while running, it
 * ran past the time limit or it answered something other than true or false. The order planner
 * treats the row as not matching and says so in the plan's explanation.
 */
public class RuleEvaluationException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  /** @param message for people, one line */
  public RuleEvaluationException(String message) {
    super(message);
  }

  /**
   * @param message for people, one line
   * @param cause what QLExpress4 threw
   */
  public RuleEvaluationException(String message, Throwable cause) {
    super(message, cause);
  }
}
