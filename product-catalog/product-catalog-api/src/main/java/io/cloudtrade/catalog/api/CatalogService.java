package io.cloudtrade.catalog.api;

import io.cloudtrade.kernel.Outcome;
import java.util.ArrayList;

/**
 * The product catalog, exported over Dubbo. Every price a customer sees or pays is computed here.
 */
public interface CatalogService {
  /** Every product currently sold, in product code order. */
  ArrayList<ProductSummary> listProducts();

  /**
   * One product with its attributes, their allowed values and defaults, and its regions.
   *
   * @return the product, or {@link CatalogErrors#PRODUCT_NOT_FOUND}
   */
  Outcome<ProductView> describeProduct(String productCode);

  /**
   * Validates a configuration and prices it. Missing attributes take their defaults.
   *
   * @return the quote; or {@link CatalogErrors#PRODUCT_NOT_FOUND}; {@link
   *     CatalogErrors#INVALID_CONFIGURATION} with one detail per violated rule (every one, not just the
   *     first), each {@code "<ruleCode>: <message naming the attributes>"}; {@link
   *     CatalogErrors#INVALID_PERIOD}
   */
  Outcome<Quote> quote(QuoteRequest request);
}
