package io.cloudtrade.catalog.api;

import io.cloudtrade.kernel.Outcome;
import java.time.Instant;
import java.util.ArrayList;

/**
 * Versioned publishing of the catalog, for operators, exported over Dubbo by the catalog server.
 * A version is written once as a DRAFT, checked, then PUBLISHED with the instant it takes effect,
 * and finally retired (OFFLINE). A PUBLISHED or OFFLINE version is immutable: no method changes
 * what it says, only its status moves on (each change a conditional UPDATE on the expected status).
 * To change a published product, create a new draft and publish it. The catalog server's snapshot
 * sells a published version from its effective instant on (it reloads every 10 s and right after a
 * publish or retire on this server).
 */
public interface CatalogAdminService {
  /**
   * Writes a new DRAFT version of a product; a product code not sold yet creates the product. The
   * draft may still have problems ({@link #validateDraft}); it is only checked for shape here.
   *
   * @param productCode {@code [a-z][a-z0-9-]{1,31}}
   * @return the new version's id; or {@link CatalogErrors#INVALID_DEFINITION} (missing name, type,
   *     currency or attributes; unreadable attribute type or rule kind; another currency than the
   *     product's) with every problem in the details
   */
  Outcome<Long> createDraft(String productCode, ProductDefinition definition);

  /**
   * One version with its full definition.
   *
   * @return the version, or {@link CatalogErrors#VERSION_NOT_FOUND}
   */
  Outcome<CatalogVersionView> describeVersion(long versionId);

  /**
   * Every version of a product, newest first, without their definitions.
   *
   * @return the versions (empty for an unknown product)
   */
  ArrayList<CatalogVersionView> listVersions(String productCode);

  /**
   * Every problem of a version, not just the first: an unknown attribute in a price, tier or rule, a
   * default outside its range, an ENUM value without a price, inconsistent tiers, no Region... each
   * {@code "<problemCode>: <message>"} with problem codes {@code InvalidProduct}, {@code
   * InvalidAttribute}, {@code DuplicateAttribute}, {@code MissingRegion}, {@code UnknownAttribute},
   * {@code InvalidPrice}, {@code MissingPrice}, {@code InvalidTier}, {@code InvalidRule}, {@code
   * InvalidPeriodDiscount}.
   *
   * @return the problems, empty when the version can be published; or {@link
   *     CatalogErrors#VERSION_NOT_FOUND}
   */
  Outcome<ArrayList<String>> validateDraft(long versionId);

  /**
   * Publishes a DRAFT that has no problem, effective from {@code effectiveFrom} (UTC; null means
   * now). An instant less than a minute in the past is taken as now (clock skew); further in the
   * past is refused. The product's renewal policy becomes the version's.
   *
   * @return the published version; or {@link CatalogErrors#VERSION_NOT_FOUND}, {@link
   *     CatalogErrors#VERSION_NOT_DRAFT}, {@link CatalogErrors#VERSION_INVALID} (details: every
   *     problem), {@link CatalogErrors#INVALID_EFFECTIVE_FROM}, {@link CatalogErrors#VERSION_CONFLICT}
   */
  Outcome<CatalogVersionView> publish(long versionId, Instant effectiveFrom);

  /**
   * Takes a PUBLISHED version off sale (OFFLINE). Quotes pinned to it (renewals at the agreed price)
   * still price under it.
   *
   * @return the retired version; or {@link CatalogErrors#VERSION_NOT_FOUND}, {@link
   *     CatalogErrors#VERSION_NOT_PUBLISHED}, {@link CatalogErrors#VERSION_CONFLICT}
   */
  Outcome<CatalogVersionView> retire(long versionId);
}
