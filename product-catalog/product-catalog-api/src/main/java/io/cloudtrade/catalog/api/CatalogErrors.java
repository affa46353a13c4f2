package io.cloudtrade.catalog.api;

/** Stable error codes of the catalog. */
public final class CatalogErrors {
  /** No product is sold with this code. */
  public static final String PRODUCT_NOT_FOUND = "InvalidProductCode.NotFound";
  /** The configuration breaks one or more rules; the details list each violated rule. */
  public static final String INVALID_CONFIGURATION = "InvalidConfiguration";
  /** The subscription type, period or period unit is not sold for this product. */
  public static final String INVALID_PERIOD = "InvalidPeriod";

  private CatalogErrors() {}
}
