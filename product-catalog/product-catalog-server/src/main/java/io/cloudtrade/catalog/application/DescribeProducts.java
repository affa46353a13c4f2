package io.cloudtrade.catalog.application;

import io.cloudtrade.catalog.api.AttributeValue;
import io.cloudtrade.catalog.api.AttributeView;
import io.cloudtrade.catalog.api.CatalogErrors;
import io.cloudtrade.catalog.api.ProductSummary;
import io.cloudtrade.catalog.api.ProductView;
import io.cloudtrade.catalog.api.SoldOutValue;
import io.cloudtrade.catalog.domain.Attribute;
import io.cloudtrade.catalog.domain.ProductCatalog;
import io.cloudtrade.kernel.Outcome;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/** Lists the products sold and describes one, from the catalog version in force. */
@Service
public class DescribeProducts {
  private final CatalogSnapshots snapshots;
  private final Clock clock;

  @Autowired
  public DescribeProducts(CatalogSnapshots snapshots) {
    this(snapshots, Clock.systemUTC());
  }

  DescribeProducts(CatalogSnapshots snapshots, Clock clock) {
    this.snapshots = snapshots;
    this.clock = clock;
  }

  /** Every product with a published version in force, in product code order. */
  public ArrayList<ProductSummary> listProducts() {
    ArrayList<ProductSummary> out = new ArrayList<>();
    for (ProductCatalog p : snapshots.current().allInForce(clock.instant())) {
      out.add(new ProductSummary().setProductCode(p.productCode()).setProductType(p.productType())
          .setProductName(p.productName()).setCatalogVersion(p.version()).setCurrency(p.currency()));
    }
    return out;
  }

  /** The product's attributes, regions, sold-out values and renewal policy, or {@link CatalogErrors#PRODUCT_NOT_FOUND}. */
  public Outcome<ProductView> describeProduct(String productCode) {
    Optional<ProductCatalog> found = productCode == null ? Optional.empty() : snapshots.current().inForce(productCode, clock.instant());
    ArrayList<SoldOutValue> soldOut = new ArrayList<>();
    if (productCode != null) {
      snapshots.current().soldOut(productCode).forEach(s -> soldOut.add(
          new SoldOutValue().setRegion(s.region()).setAttributeCode(s.attributeCode()).setValue(s.valueCode())));
    }
    if (found.isEmpty()) {
      return Outcome.rejected(CatalogErrors.PRODUCT_NOT_FOUND, "no product " + productCode + " is sold");
    }
    ProductCatalog p = found.get();
    ArrayList<AttributeView> attributes = new ArrayList<>();
    for (Attribute a : p.attributes()) {
      ArrayList<AttributeValue> values = new ArrayList<>();
      a.values().forEach(v -> values.add(new AttributeValue().setValue(v.value()).setName(v.name())));
      attributes.add(new AttributeView().setCode(a.code()).setName(a.name()).setModuleCode(a.moduleCode())
          .setType(a.type().name()).setValues(values).setMin(a.min()).setMax(a.max()).setStep(a.step())
          .setUnit(a.unit()).setDefaultValue(a.defaultValue()));
    }
    return Outcome.ok(new ProductView().setProductCode(p.productCode()).setProductType(p.productType())
        .setProductName(p.productName()).setCatalogVersion(p.version()).setCurrency(p.currency())
        .setAttributes(attributes).setRegions(new ArrayList<>(p.regions()))
        .setSoldOut(soldOut).setRenewalPolicy(p.renewalPolicy().name()));
  }
}
