package io.cloudtrade.lifecycle.domain;

/**
 * What an acknowledgement of production does to an instance in a given state: the rules that make
 * acknowledgements idempotent and keep a late or contradictory one from changing a settled instance.
 */
public enum ProductionVerdict {
  /** Move the instance to the acknowledged state. */
  APPLY,
  /** The same acknowledgement was already applied: answer with the instance unchanged. */
  ALREADY_APPLIED,
  /** The instance is in a state this acknowledgement cannot change. */
  INVALID_STATE;

  /**
   * Judges an acknowledgement.
   *
   * @param current the instance's state now
   * @param success whether production succeeded
   * @param sameResource for a success on an already Normal instance: whether it names the resource
   *     recorded before
   */
  public static ProductionVerdict of(InstanceState current, boolean success, boolean sameResource) {
    InstanceState target = success ? InstanceState.NORMAL : InstanceState.FAILED;
    if (current == InstanceState.CREATING && current.canMoveTo(target)) {
      return APPLY; // production acknowledgements settle Creating only, never e.g. WaitForExpire -> Normal
    }
    if (current == target && (!success || sameResource)) {
      return ALREADY_APPLIED;
    }
    return INVALID_STATE;
  }
}
