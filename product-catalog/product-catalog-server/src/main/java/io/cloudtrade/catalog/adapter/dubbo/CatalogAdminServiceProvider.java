package io.cloudtrade.catalog.adapter.dubbo;

import io.cloudtrade.catalog.api.CatalogAdminService;
import io.cloudtrade.catalog.api.CatalogVersionView;
import io.cloudtrade.catalog.api.ProductDefinition;
import io.cloudtrade.catalog.application.CatalogVersions;
import io.cloudtrade.kernel.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import org.apache.dubbo.config.annotation.DubboService;

/** Exports {@link CatalogAdminService} over Dubbo; the work is in {@link CatalogVersions}. */
@DubboService
public class CatalogAdminServiceProvider implements CatalogAdminService {
  private final CatalogVersions versions;

  public CatalogAdminServiceProvider(CatalogVersions versions) {
    this.versions = versions;
  }

  @Override
  public Outcome<Long> createDraft(String productCode, ProductDefinition definition) {
    return versions.createDraft(productCode, definition);
  }

  @Override
  public Outcome<CatalogVersionView> describeVersion(long versionId) {
    return versions.describe(versionId);
  }

  @Override
  public ArrayList<CatalogVersionView> listVersions(String productCode) {
    return versions.list(productCode);
  }

  @Override
  public Outcome<ArrayList<String>> validateDraft(long versionId) {
    return versions.validate(versionId);
  }

  @Override
  public Outcome<CatalogVersionView> publish(long versionId, Instant effectiveFrom) {
    return versions.publish(versionId, effectiveFrom);
  }

  @Override
  public Outcome<CatalogVersionView> retire(long versionId) {
    return versions.retire(versionId);
  }
}
