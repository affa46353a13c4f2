package io.cloudtrade.lifecycle.domain;

/**
 * What a control plane's acknowledgement of a RELEASE notification does to the instance: success
 * releases it (where {@link InstanceState} allows), failure leaves it as it is.
 */
public enum ReleaseAckVerdict {
  /** The instance becomes Released. */
  APPLY,
  /** The release failed; the instance stays as it is. */
  FAIL,
  /** Already settled the way this acknowledgement says: answer unchanged, announce the outcome again. */
  ALREADY_SETTLED,
  /** The acknowledgement contradicts the instance's state. */
  INVALID_STATE;

  /**
   * Judges an acknowledgement.
   *
   * @param current the instance's state now
   * @param success whether the control plane released it
   * @param earlier how this notification was acknowledged before (true: success), null when not yet
   */
  public static ReleaseAckVerdict of(InstanceState current, boolean success, Boolean earlier) {
    if (earlier != null) {
      return earlier == success ? ALREADY_SETTLED : INVALID_STATE;
    }
    if (success) {
      if (current == InstanceState.RELEASED) {
        return ALREADY_SETTLED; // another attempt of the same release was applied
      }
      return current.canMoveTo(InstanceState.RELEASED) ? APPLY : INVALID_STATE;
    }
    return current == InstanceState.RELEASED ? INVALID_STATE : FAIL;
  }
}
