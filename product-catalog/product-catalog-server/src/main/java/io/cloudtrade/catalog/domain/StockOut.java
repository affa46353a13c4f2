package io.cloudtrade.catalog.domain;

import java.util.Objects;

/** A value of an attribute that cannot be bought in a region for now (e.g. an instance type). */
public record StockOut(String productCode, String region, String attributeCode, String valueCode) {
  public StockOut {
    Objects.requireNonNull(productCode, "productCode");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(attributeCode, "attributeCode");
    Objects.requireNonNull(valueCode, "valueCode");
  }
}
