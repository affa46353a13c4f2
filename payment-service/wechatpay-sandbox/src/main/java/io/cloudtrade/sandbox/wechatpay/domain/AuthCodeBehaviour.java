package io.cloudtrade.sandbox.wechatpay.domain;

import java.util.Objects;

/**
 * What the payer behind a payment code (micropay {@code auth_code}) does.
 *
 * @param payAfterMillis for {@link Kind#WAIT}: the payer enters the password after this long
 *     (0: only when told through the sandbox's scan control)
 * @param errCode for {@link Kind#FAIL}: the {@code err_code} of the failure
 */
public record AuthCodeBehaviour(Kind kind, long payAfterMillis, String errCode) {
  /** Pays at once, the default for every valid code. */
  public static final AuthCodeBehaviour PAY = new AuthCodeBehaviour(Kind.PAY, 0, null);

  public AuthCodeBehaviour {
    Objects.requireNonNull(kind);
    if (payAfterMillis < 0) {
      throw new IllegalArgumentException("payAfterMillis must not be negative");
    }
    if (kind == Kind.FAIL && (errCode == null || errCode.isBlank())) {
      errCode = ErrorCodes.NOTENOUGH;
    }
  }

  /** The payer's choice. */
  public enum Kind {
    /** Pays at once. */
    PAY,
    /** Must enter a password: the merchant sees USERPAYING and has to poll. */
    WAIT,
    /** The payment fails (by default for lack of balance). */
    FAIL
  }
}
