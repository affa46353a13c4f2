package io.cloudtrade.order.application;

import io.cloudtrade.catalog.api.CatalogService;
import io.cloudtrade.catalog.api.ProductView;
import io.cloudtrade.catalog.api.Quote;
import io.cloudtrade.catalog.api.QuoteLine;
import io.cloudtrade.catalog.api.QuoteRequest;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.order.api.OrderErrors;
import io.cloudtrade.order.api.PriceLine;
import io.cloudtrade.order.api.RenewalPrice;
import io.cloudtrade.order.persistence.ConfigJson;
import io.cloudtrade.order.persistence.OrderMapper;
import io.cloudtrade.order.persistence.OrderRow;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Prices the renewal of an instance from the order that bought it: its configuration, and - when the
 * product's renewal policy is AGREED - the catalog version it was agreed under, so that a price
 * published later never changes what the customer renews at. RenewInstance will charge this price.
 */
@Service
public class PriceRenewal {
  static final String AGREED = "AGREED";

  private final OrderMapper orders;
  private final CatalogService catalog;

  public PriceRenewal(OrderMapper orders, CatalogService catalog) {
    this.orders = orders;
    this.catalog = catalog;
  }

  public Outcome<RenewalPrice> priceRenewal(long accountId, String instanceId, int period, String periodUnit) {
    OrderRow bought = instanceId == null ? null : orders.findPurchaseOfInstance(accountId, instanceId);
    if (bought == null) {
      return Outcome.rejected(OrderErrors.INSTANCE_NOT_FOUND, "instance " + instanceId + " does not exist");
    }
    if (!"Subscription".equals(bought.subscriptionType)) {
      return Outcome.rejected(OrderErrors.NOT_RENEWABLE, "instance " + instanceId + " is " + bought.subscriptionType + ": only subscriptions are renewed");
    }
    Outcome<ProductView> product = catalog.describeProduct(bought.productCode);
    if (!product.isOk()) {
      return Outcome.rejectedAs(product);
    }
    boolean pinned = product.value().getRenewalPolicy() == null || AGREED.equals(product.value().getRenewalPolicy());
    Outcome<Quote> quoted = catalog.quote(new QuoteRequest()
        .setAccountId(accountId)
        .setProductCode(bought.productCode)
        .setSubscriptionType(bought.subscriptionType)
        .setPeriod(period)
        .setPeriodUnit(periodUnit)
        .setConfig(ConfigJson.read(bought.configJson))
        .setCatalogVersion(pinned ? bought.catalogVersion : null));
    if (!quoted.isOk()) {
      return Outcome.rejectedAs(quoted);
    }
    Quote q = quoted.value();
    return Outcome.ok(new RenewalPrice()
        .setInstanceId(instanceId)
        .setOrderId(bought.orderId)
        .setCatalogVersion(q.getCatalogVersion())
        .setPinned(pinned)
        .setPeriod(q.getPeriod())
        .setPeriodUnit(q.getPeriodUnit())
        .setLines(lines(q.getLines()))
        .setDiscounts(lines(q.getDiscounts()))
        .setListPrice(q.getListPrice())
        .setDiscount(q.getDiscount())
        .setAmount(q.getFinalAmount()));
  }

  private static List<PriceLine> lines(List<QuoteLine> lines) {
    List<PriceLine> out = new ArrayList<>();
    if (lines != null) {
      lines.forEach(l -> out.add(new PriceLine().setModuleCode(l.getModuleCode()).setDescription(l.getDescription()).setAmount(l.getAmount())));
    }
    return out;
  }
}
