package io.cloudtrade.lifecycle.domain;

/**
 * What a control plane's acknowledgement of a MODIFY notification does to the version it names:
 * the rules that make acknowledgements idempotent (several attempts of one version may be
 * acknowledged) and keep a late or contradicting one from changing a settled version.
 */
public enum ChangeAckVerdict {
  /** The version becomes the instance's specification. */
  APPLY,
  /** The version failed; the instance keeps the specification it has. */
  FAIL,
  /** A revert failed: it stays due and is sent again later, since a revert must happen. */
  RETRY_LATER,
  /** Already settled the way this acknowledgement says: answer unchanged, announce the outcome again. */
  ALREADY_SETTLED,
  /** The acknowledgement contradicts how the version was settled. */
  INVALID_STATE;

  /**
   * Judges an acknowledgement.
   *
   * @param version the state of the version the notification was for
   * @param kind the version's kind
   * @param success whether the control plane succeeded
   * @param earlier how this notification was acknowledged before (true: success), null when not yet
   */
  public static ChangeAckVerdict of(SpecState version, SpecKind kind, boolean success, Boolean earlier) {
    if (earlier != null) {
      return earlier == success ? ALREADY_SETTLED : INVALID_STATE;
    }
    switch (version) {
      case PENDING:
        if (success) {
          return APPLY;
        }
        return kind == SpecKind.REVERT ? RETRY_LATER : FAIL;
      case APPLIED:
      case REVERTING:
      case REVERTED:
        return success ? ALREADY_SETTLED : INVALID_STATE; // another attempt of the same version was applied
      case FAILED:
        return success ? INVALID_STATE : ALREADY_SETTLED;
      default:
        return INVALID_STATE; // a scheduled version was never sent
    }
  }
}
