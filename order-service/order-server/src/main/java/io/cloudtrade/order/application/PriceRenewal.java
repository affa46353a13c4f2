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
import io.cloudtrade.lifecycle.api.InstanceService;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.lifecycle.api.LifecycleErrors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Prices the renewal of an instance: its specification as it is now (upgrades and downgrades since
 * the purchase count), and - when the product's renewal policy is AGREED - the catalog version its
 * purchase was agreed under, so that a price
 * published later never changes what the customer renews at. RenewInstance will charge this price.
 */
@Service
public class PriceRenewal {
  static final String AGREED = "AGREED";

  private final OrderMapper orders;
  private final CatalogService catalog;
  private final InstanceService instances;

  public PriceRenewal(OrderMapper orders, CatalogService catalog, InstanceService instances) {
    this.orders = orders;
    this.catalog = catalog;
    this.instances = instances;
  }

  public Outcome<RenewalPrice> priceRenewal(long accountId, String instanceId, int period, String periodUnit) {
    return priceRenewal(accountId, instanceId, period, periodUnit, null);
  }

  /**
   * The renewal price of the instance's specification as it is now (as instance lifecycle knows it:
   * changes since the purchase count), with {@code changes} (attribute code to value, may be null)
   * applied over it.
   */
  public Outcome<RenewalPrice> priceRenewal(long accountId, String instanceId, int period, String periodUnit,
      Map<String, String> changes) {
    OrderRow bought = instanceId == null ? null : orders.findPurchaseOfInstance(accountId, instanceId);
    if (bought == null) {
      return Outcome.rejected(OrderErrors.INSTANCE_NOT_FOUND, "instance " + instanceId + " does not exist");
    }
    // the specification in force; the purchase's while lifecycle has not produced the instance yet
    Outcome<InstanceView> instance = instances.getInstance(accountId, instanceId);
    if (!instance.isOk() && !LifecycleErrors.INSTANCE_NOT_FOUND.equals(instance.code())) {
      return Outcome.rejectedAs(instance);
    }
    HashMap<String, String> config = new HashMap<>(!instance.isOk() || instance.value().getSpec() == null
        ? ConfigJson.read(bought.configJson) : instance.value().getSpec());
    if (changes != null) {
      config.putAll(changes);
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
        .setConfig(config)
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
