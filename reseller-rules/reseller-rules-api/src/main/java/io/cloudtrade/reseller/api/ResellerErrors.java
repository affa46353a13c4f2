package io.cloudtrade.reseller.api;

/** Stable error codes of reseller rules and the partner API. */
public final class ResellerErrors {
  /** A business model definition is invalid; the details list every problem. */
  public static final String INVALID_BUSINESS_MODEL = "Reseller.InvalidBusinessModel";
  /** The business model code is taken by another definition (definitions never change). */
  public static final String BUSINESS_MODEL_EXISTS = "Reseller.BusinessModelExists";
  public static final String BUSINESS_MODEL_NOT_FOUND = "Reseller.BusinessModelNotFound";
  /** A rule set is invalid (an unknown value, a refused expression); the details list every problem. */
  public static final String INVALID_RULES = "Reseller.InvalidRules";
  public static final String RESELLER_NOT_FOUND = "Reseller.NotFound";
  /** The account is not this reseller's customer (or does not exist: the answer does not say which). */
  public static final String NOT_YOUR_CUSTOMER = "Forbidden.OwnerId";
  /** A partner action called by an account that is not a reseller (BSS: NotApplicable). */
  public static final String NOT_A_RESELLER = "NotApplicable";
  /** The reseller's rules do not allow this product (or order type) for its customers. */
  public static final String PRODUCT_NOT_ALLOWED = "Reseller.ProductNotAllowed";
  /** The customer's available credit quota is smaller than the order's charge. */
  public static final String QUOTA_EXCEEDED = "Reseller.QuotaExceeded";
  /** The customer (or its reseller) is frozen. */
  public static final String ACCOUNT_FROZEN = IdentityErrors.ACCOUNT_FROZEN;
  /**
   * A rule's {@code when} expression could not be evaluated for this order (an error, or its time
   * limit): the order is refused rather than decided without that rule. Retry; if it persists, the
   * reseller's rules need a fix.
   */
  public static final String RULE_EVALUATION_FAILED = "Reseller.RuleEvaluationFailed";
  /** The same OutBizId was used before for another quota. */
  public static final String IDEMPOTENT_PARAMETER_MISMATCH = "IdempotentParameterMismatch";

  private ResellerErrors() {}
}
