package io.cloudtrade.monitoringagent.faults;

import io.cloudtrade.monitoringagent.BusinessRejection;

/**
 * The business rejection fault injection throws when the method does not return an {@code Outcome}
 * (else it answers {@code Outcome.rejected(code, ...)}): {@code REJECTED} with the rule's code.
 */
@BusinessRejection
public class InjectedRejection extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private String code;

  public InjectedRejection() {
    this("InjectedRejection", "injected rejection");
  }

  public InjectedRejection(String code, String message) {
    super(message);
    this.code = code;
  }

  /** The error code (read by the outcome classifier). */
  public String code() {
    return code;
  }
}
