package io.cloudtrade.reseller.api;

/** The identities an account can have. */
public final class Identities {
  public static final String CUSTOMER = "CUSTOMER";
  public static final String RESELLER = "RESELLER";
  public static final String RESELLER_CUSTOMER = "RESELLER_CUSTOMER";

  private Identities() {}
}
