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

  /**
   * Prices a change inside a paid period, prorated to the moment of the change (see the catalog's
   * Proration for the formulas): both specifications are priced for the whole paid period under the
   * same catalog version, so a price published later never changes what a change costs under an
   * agreed version.
   *
   * @return the price; or {@link CatalogErrors#PRODUCT_NOT_FOUND}; {@link
   *     CatalogErrors#INVALID_CONFIGURATION} for the new specification; {@link
   *     CatalogErrors#INVALID_CHANGE} (an upgrade that is not dearer, a downgrade that is not cheaper,
   *     a window outside the paid period, a period that has ended)
   */
  Outcome<ChangeQuote> quoteChange(ChangeQuoteRequest request);
}
