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
}
