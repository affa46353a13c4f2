package io.cloudtrade.catalog.api;

/** Stable error codes of the catalog. */
public final class CatalogErrors {
  /** No product is sold with this code. */
  public static final String PRODUCT_NOT_FOUND = "InvalidProductCode.NotFound";
  /** The configuration breaks one or more rules; the details list each violated rule. */
  public static final String INVALID_CONFIGURATION = "InvalidConfiguration";
  /** The subscription type, period or period unit is not sold for this product. */
  public static final String INVALID_PERIOD = "InvalidPeriod";
  /**
   * A change that does not fit its type or its period: an upgrade that is not dearer, a downgrade
   * that is not cheaper, a temporary window outside the paid period, a period already ended.
   */
  public static final String INVALID_CHANGE = "InvalidSpecificationChange";
  /** The coupon of a quote is unknown, not yet valid, expired, or not applicable; the message says why. */
  public static final String INVALID_COUPON = "InvalidCoupon";
  /**
   * The catalog version a quote is pinned to is unknown, a draft, of another product, or not yet in
   * force.
   */
  public static final String INVALID_CATALOG_VERSION = "InvalidCatalogVersion";

  // ---- CatalogAdminService
  /** No catalog version has this id. */
  public static final String VERSION_NOT_FOUND = "CatalogVersion.NotFound";
  /** The product definition of a draft is incomplete (no name, type, currency or attributes) or malformed. */
  public static final String INVALID_DEFINITION = "InvalidProductDefinition";
  /** Only a DRAFT can be published: the version is already PUBLISHED or OFFLINE (published versions are immutable). */
  public static final String VERSION_NOT_DRAFT = "CatalogVersion.NotDraft";
  /** The draft has problems; the details list every one, each {@code "<problemCode>: <message>"}. */
  public static final String VERSION_INVALID = "CatalogVersion.Invalid";
  /** effectiveFrom is in the past (UTC). */
  public static final String INVALID_EFFECTIVE_FROM = "InvalidEffectiveFrom";
  /** Only a PUBLISHED version can be retired. */
  public static final String VERSION_NOT_PUBLISHED = "CatalogVersion.NotPublished";
  /** Another operator changed the version's status at the same time; read it again. */
  public static final String VERSION_CONFLICT = "CatalogVersion.Conflict";

  private CatalogErrors() {}
}
