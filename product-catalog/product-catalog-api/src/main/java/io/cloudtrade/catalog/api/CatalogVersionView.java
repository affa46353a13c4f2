package io.cloudtrade.catalog.api;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/** A catalog version as the operators see it. */
public class CatalogVersionView implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private long versionId;
  private String productCode;
  /** its name, e.g. {@code ecs-2026.11.1}; what quotes and orders carry */
  private String version;
  /** {@code DRAFT}, {@code PUBLISHED} or {@code OFFLINE} */
  private String status;
  /** when it takes effect (UTC); for a draft, the time it was created */
  private Instant effectiveFrom;
  private Instant createdAt;
  private Instant updatedAt;
  /** what the version says; null in lists */
  private ProductDefinition definition;

  public long getVersionId() {
    return versionId;
  }

  public CatalogVersionView setVersionId(long versionId) {
    this.versionId = versionId;
    return this;
  }

  public String getProductCode() {
    return productCode;
  }

  public CatalogVersionView setProductCode(String productCode) {
    this.productCode = productCode;
    return this;
  }

  public String getVersion() {
    return version;
  }

  public CatalogVersionView setVersion(String version) {
    this.version = version;
    return this;
  }

  public String getStatus() {
    return status;
  }

  public CatalogVersionView setStatus(String status) {
    this.status = status;
    return this;
  }

  public Instant getEffectiveFrom() {
    return effectiveFrom;
  }

  public CatalogVersionView setEffectiveFrom(Instant effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
    return this;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public CatalogVersionView setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
    return this;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public CatalogVersionView setUpdatedAt(Instant updatedAt) {
    this.updatedAt = updatedAt;
    return this;
  }

  public ProductDefinition getDefinition() {
    return definition;
  }

  public CatalogVersionView setDefinition(ProductDefinition definition) {
    this.definition = definition;
    return this;
  }

  @Override
  public String toString() {
    return "CatalogVersionView{" + "versionId=" + versionId + ", " + "productCode=" + productCode + ", " + "version=" + version + ", " + "status=" + status + ", " + "effectiveFrom=" + effectiveFrom + ", " + "createdAt=" + createdAt + ", " + "updatedAt=" + updatedAt + ", " + "definition=" + definition + "}";
  }
}
