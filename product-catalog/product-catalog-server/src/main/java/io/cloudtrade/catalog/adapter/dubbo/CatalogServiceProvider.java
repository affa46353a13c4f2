package io.cloudtrade.catalog.adapter.dubbo;

import io.cloudtrade.catalog.api.CatalogService;
import io.cloudtrade.catalog.api.ChangeQuote;
import io.cloudtrade.catalog.api.ChangeQuoteRequest;
import io.cloudtrade.catalog.api.ProductSummary;
import io.cloudtrade.catalog.api.ProductView;
import io.cloudtrade.catalog.api.Quote;
import io.cloudtrade.catalog.api.QuoteRequest;
import io.cloudtrade.catalog.application.DescribeProducts;
import io.cloudtrade.catalog.application.QuoteChange;
import io.cloudtrade.catalog.application.QuoteConfiguration;
import io.cloudtrade.kernel.Outcome;
import java.util.ArrayList;
import org.apache.dubbo.config.annotation.DubboService;

/**
 * Exports {@link CatalogService} over Dubbo; the work is in {@link DescribeProducts}, {@link
 * QuoteConfiguration} and {@link QuoteChange}.
 */
@DubboService
public class CatalogServiceProvider implements CatalogService {
  private final DescribeProducts products;
  private final QuoteConfiguration quotes;
  private final QuoteChange changes;

  public CatalogServiceProvider(DescribeProducts products, QuoteConfiguration quotes, QuoteChange changes) {
    this.products = products;
    this.quotes = quotes;
    this.changes = changes;
  }

  @Override
  public ArrayList<ProductSummary> listProducts() {
    return products.listProducts();
  }

  @Override
  public Outcome<ProductView> describeProduct(String productCode) {
    return products.describeProduct(productCode);
  }

  @Override
  public Outcome<Quote> quote(QuoteRequest request) {
    return quotes.quote(request);
  }

  @Override
  public Outcome<ChangeQuote> quoteChange(ChangeQuoteRequest request) {
    return changes.quoteChange(request);
  }
}
