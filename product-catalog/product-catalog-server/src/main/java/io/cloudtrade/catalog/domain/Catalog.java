package io.cloudtrade.catalog.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every published version of every product, immutable, with what goes with them: retired versions
 * (still used to price renewals pinned to them), promotions, coupons and stock-outs. The version in
 * force for a product at an instant is its published version with the latest {@code effectiveFrom}
 * not after that instant, so a version published for a future date takes over by itself.
 */
public final class Catalog {
  private final Map<String, List<ProductCatalog>> versionsByProduct;
  private final Map<String, ProductCatalog> pinnable;
  private final List<Promotion> promotions;
  private final Map<String, Coupon> coupons;
  private final Set<StockOut> soldOut;

  public Catalog(List<ProductCatalog> publishedVersions) {
    this(publishedVersions, List.of(), List.of(), List.of(), List.of());
  }

  /**
   * @param publishedVersions versions in status PUBLISHED
   * @param retiredVersions versions in status OFFLINE: never in force, but a quote can be pinned to them
   */
  public Catalog(List<ProductCatalog> publishedVersions, List<ProductCatalog> retiredVersions, List<Promotion> promotions,
      List<Coupon> coupons, List<StockOut> soldOut) {
    this.versionsByProduct = publishedVersions.stream().collect(Collectors.groupingBy(ProductCatalog::productCode, TreeMap::new,
        Collectors.collectingAndThen(Collectors.toList(),
            l -> l.stream().sorted(Comparator.comparing(ProductCatalog::effectiveFrom).reversed()).toList())));
    this.pinnable = java.util.stream.Stream.concat(publishedVersions.stream(), retiredVersions.stream())
        .collect(Collectors.toMap(ProductCatalog::version, Function.identity()));
    this.promotions = List.copyOf(promotions);
    this.coupons = coupons.stream().collect(Collectors.toMap(Coupon::code, Function.identity()));
    this.soldOut = Set.copyOf(soldOut);
  }

  /** The version of a product in force at {@code now}, if the product is sold. */
  public Optional<ProductCatalog> inForce(String productCode, Instant now) {
    return versionsByProduct.getOrDefault(productCode, List.of()).stream().filter(v -> !v.effectiveFrom().isAfter(now)).findFirst();
  }

  /** The version in force of every product sold at {@code now}, in product code order. */
  public List<ProductCatalog> allInForce(Instant now) {
    return versionsByProduct.keySet().stream().map(code -> inForce(code, now)).flatMap(Optional::stream).toList();
  }

  /** A published or retired version by its name, e.g. {@code ecs-2026.11.1}; drafts are not here. */
  public Optional<ProductCatalog> version(String version) {
    return Optional.ofNullable(version == null ? null : pinnable.get(version));
  }

  /** Every promotion of a product, active or not. */
  public List<Promotion> promotionsOf(String productCode) {
    return promotions.stream().filter(p -> p.productCode().equals(productCode)).toList();
  }

  /** A coupon by its code (case-sensitive), valid or not. */
  public Optional<Coupon> coupon(String code) {
    return Optional.ofNullable(code == null ? null : coupons.get(code));
  }

  /** The sold-out values of a product, in region, attribute and value order. */
  public List<StockOut> soldOut(String productCode) {
    return soldOut.stream().filter(s -> s.productCode().equals(productCode))
        .sorted(Comparator.comparing(StockOut::region).thenComparing(StockOut::attributeCode).thenComparing(StockOut::valueCode))
        .toList();
  }

  /** How many published versions the snapshot holds. */
  public int size() {
    return versionsByProduct.values().stream().mapToInt(List::size).sum();
  }
}
