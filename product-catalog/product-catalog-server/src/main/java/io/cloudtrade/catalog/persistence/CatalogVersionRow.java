package io.cloudtrade.catalog.persistence;

import java.time.Instant;

/** A row of catalog_version joined with its product. */
public class CatalogVersionRow {
  public long versionId;
  public String productCode;
  public String productType;
  public String productName;
  public String currency;
  public String version;
  public String status;
  public Instant effectiveFrom;
  /** the product's renewal policy */
  public String renewalPolicy;
  public Instant createdAt;
  public Instant updatedAt;
  /** what the version says about its product; null for versions written before drafts carried it */
  public String draftProductName;
  public String draftProductType;
  public String draftRenewalPolicy;
}
