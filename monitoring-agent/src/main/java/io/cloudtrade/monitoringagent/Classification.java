package io.cloudtrade.monitoringagent;

/**
 * The outcome of a call and its code: the error code of a rejection, the simple class name of the
 * exception of an error, {@code null} for a success.
 */
public record Classification(RequestOutcome outcome, String code) {
  public static final Classification SUCCESS = new Classification(RequestOutcome.SUCCESS, null);

  public Classification {
    if (outcome == null) {
      throw new IllegalArgumentException("outcome is required");
    }
    if (outcome != RequestOutcome.SUCCESS && (code == null || code.isBlank())) {
      throw new IllegalArgumentException(outcome + " needs a code");
    }
  }
}
