package io.cloudtrade.reseller.api;

/** The values a {@link BusinessModelDefinition} and the decision tables of a {@link RuleSetDefinition} take. */
public final class BusinessModels {
  public static final String CUSTOMER = "CUSTOMER";
  public static final String RESELLER = "RESELLER";
  public static final String LIST = "LIST";
  public static final String NONE = "NONE";
  public static final String COMMISSION = "COMMISSION";
  public static final String MARGIN = "MARGIN";
  public static final String CLOUDTRADE = "CLOUDTRADE";
  public static final String ALLOW = "ALLOW";
  public static final String DENY = "DENY";
  public static final String REQUIRED = "REQUIRED";
  public static final String NOT_REQUIRED = "NOT_REQUIRED";
  /** The rule version of a direct customer's plan. */
  public static final String DIRECT = "direct";

  private BusinessModels() {}
}
