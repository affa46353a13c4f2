package io.cloudtrade.order.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who gets the new (Versioned) upgrade flow: a gray release rule per product, with a default for
 * the other products. An account named in a product's {@code accounts} gets it; otherwise the
 * account's bucket (0..99, a fixed function of its id, so an account stays on one side while the
 * percentage grows) is compared with the product's {@code percent}. Everyone else keeps the old
 * (Direct) flow.
 *
 * @param version the operator's version number of the rule, for logs and audit
 * @param defaultPercent for products the rule does not name
 * @param products per product code
 */
public record GrayRule(long version, int defaultPercent, Map<String, ProductRule> products) {
  public static final String VERSIONED = "Versioned";
  public static final String DIRECT = "Direct";

  /** Everyone on the new flow: the rule when none is configured. */
  public static GrayRule everyone() {
    return new GrayRule(0, 100, Map.of());
  }

  public GrayRule {
    check(defaultPercent, "defaultPercent");
    products = Map.copyOf(products == null ? Map.of() : products);
  }

  /**
   * @param percent share of accounts (by bucket) on the new flow, 0..100
   * @param accounts accounts on the new flow whatever their bucket
   */
  public record ProductRule(int percent, Set<Long> accounts) {
    public ProductRule {
      check(percent, "percent");
      accounts = Set.copyOf(accounts == null ? List.of() : accounts);
    }
  }

  /** The flow an upgrade of this account's instance of this product takes. */
  public String flowFor(long accountId, String productCode) {
    ProductRule rule = products.get(productCode);
    if (rule != null && rule.accounts().contains(accountId)) {
      return VERSIONED;
    }
    int percent = rule == null ? defaultPercent : rule.percent();
    return bucket(accountId) < percent ? VERSIONED : DIRECT;
  }

  /** The account's bucket, 0..99: a mix of all of its id's bits, stable across releases. */
  public static int bucket(long accountId) {
    long z = accountId + 0x9E3779B97F4A7C15L; // SplitMix64's finaliser
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return (int) Math.floorMod(z, 100L);
  }

  private static void check(int percent, String name) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException(name + " must be between 0 and 100, got " + percent);
    }
  }
}
