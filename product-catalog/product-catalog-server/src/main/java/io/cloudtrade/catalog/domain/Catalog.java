package io.cloudtrade.catalog.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every published version of every product, immutable. The version in force for a product at an
 * instant is its published version with the latest {@code effectiveFrom} not after that instant, so
 * a version published for a future date takes over by itself.
 */
public final class Catalog {
  private final Map<String, List<ProductCatalog>> versionsByProduct;

  public Catalog(List<ProductCatalog> publishedVersions) {
    this.versionsByProduct = publishedVersions.stream().collect(Collectors.groupingBy(ProductCatalog::productCode, TreeMap::new,
        Collectors.collectingAndThen(Collectors.toList(),
            l -> l.stream().sorted(Comparator.comparing(ProductCatalog::effectiveFrom).reversed()).toList())));
  }

  /** The version of a product in force at {@code now}, if the product is sold. */
  public Optional<ProductCatalog> inForce(String productCode, Instant now) {
    return versionsByProduct.getOrDefault(productCode, List.of()).stream().filter(v -> !v.effectiveFrom().isAfter(now)).findFirst();
  }

  /** The version in force of every product sold at {@code now}, in product code order. */
  public List<ProductCatalog> allInForce(Instant now) {
    return versionsByProduct.keySet().stream().map(code -> inForce(code, now)).flatMap(Optional::stream).toList();
  }

  /** How many published versions the snapshot holds. */
  public int size() {
    return versionsByProduct.values().stream().mapToInt(List::size).sum();
  }
}
