package io.cloudtrade.lifecycle.domain;

/**
 * What a control plane's acknowledgement of a STOP, a START or an expiry RELEASE does. These
 * notifications follow a change of state that has happened already (the subscription expired, was
 * renewed, was released), so an acknowledgement never changes the instance: success settles the
 * task, failure settles it as failed for an operator to look at.
 */
public enum ActionAckVerdict {
  /** The control plane did it: the task is settled as a success. */
  DONE,
  /** The control plane failed: the task is settled as a failure, and an operator is alerted. */
  FAILED,
  /** Acknowledged the same way before: answer unchanged. */
  ALREADY_SETTLED,
  /** Acknowledged the other way before: rejected. */
  CONTRADICTS;

  /**
   * Judges an acknowledgement.
   *
   * @param success whether the control plane did it
   * @param earlier how the task was acknowledged before (true: success), null when not yet
   */
  public static ActionAckVerdict of(boolean success, Boolean earlier) {
    if (earlier != null) {
      return earlier == success ? ALREADY_SETTLED : CONTRADICTS;
    }
    return success ? DONE : FAILED;
  }
}
