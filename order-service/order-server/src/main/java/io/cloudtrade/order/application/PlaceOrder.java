package io.cloudtrade.order.application;

import io.cloudtrade.catalog.api.CatalogService;
import io.cloudtrade.catalog.api.Quote;
import io.cloudtrade.catalog.api.QuoteRequest;
import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.IdGenerator;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.order.api.CreateInstanceCommand;
import io.cloudtrade.order.api.OrderErrors;
import io.cloudtrade.order.api.PlacedOrder;
import io.cloudtrade.order.domain.ClientTokens;
import io.cloudtrade.order.domain.OrderState;
import io.cloudtrade.order.domain.PurchaseRequest;
import io.cloudtrade.order.persistence.ConfigJson;
import io.cloudtrade.order.persistence.OrderMapper;
import io.cloudtrade.order.persistence.OrderRow;
import io.cloudtrade.support.EventJson;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Places a new-purchase order and pays it from the balance, as BSS CreateInstance does.
 *
 * <p>Idempotency: (account, ClientToken) is a UNIQUE key written with the order. A repeated request
 * finds the order and continues from where it is (paying it if it is still unpaid), so a client that
 * retries after a timeout never buys twice; other parameters under the same token are refused.
 *
 * <p>Paying and continuing an order found again are {@link OrderPayment}'s, shared with renewals.
 */
@Service
public class PlaceOrder {
  private static final Set<String> SUBSCRIPTION_TYPES = Set.of("Subscription", "PayAsYouGo");
  private static final Set<String> RENEWAL_STATUSES = Set.of("ManualRenewal", "AutoRenewal", "NotRenewal");

  private final OrderMapper orders;
  private final CatalogService catalog;
  private final OrderPayment payment;
  private final IdGenerator ids;
  private final Clock clock;

  @Autowired
  public PlaceOrder(OrderMapper orders, CatalogService catalog, OrderPayment payment, IdGenerator ids) {
    this(orders, catalog, payment, ids, Clock.systemUTC());
  }

  PlaceOrder(OrderMapper orders, CatalogService catalog, OrderPayment payment, IdGenerator ids, Clock clock) {
    this.orders = orders;
    this.catalog = catalog;
    this.payment = payment;
    this.ids = ids;
    this.clock = clock;
  }

  public Outcome<PlacedOrder> createInstance(CreateInstanceCommand c) {
    String invalid = validate(c);
    if (invalid != null) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, invalid);
    }
    PurchaseRequest request = new PurchaseRequest(c.getProductCode(), c.getProductType(), c.getSubscriptionType(),
        c.getPeriod(), c.getPeriodUnit(), c.getConfig() == null ? Map.of() : c.getConfig(),
        c.getRenewalStatus() == null ? "ManualRenewal" : c.getRenewalStatus(), c.getRenewPeriod());
    String fingerprint = request.fingerprint();

    Outcome<PlacedOrder> replayed = payment.replayIfKnown(c.getAccountId(), c.getClientToken(), fingerprint, c.isPayNow());
    if (replayed != null) {
      return replayed;
    }
    Outcome<Quote> quoted = catalog.quote(new QuoteRequest()
        .setAccountId(c.getAccountId()) // promotions limited to accounts apply to the buyer's
        .setProductCode(request.productCode())
        .setSubscriptionType(request.subscriptionType())
        .setPeriod(request.period())
        .setPeriodUnit(request.periodUnit())
        .setConfig(new HashMap<>(request.config())));
    if (!quoted.isOk()) {
      return Outcome.rejectedAs(quoted);
    }
    return payment.submit(newOrder(c, request, fingerprint, quoted.value()), c.isPayNow());
  }

  /** Pays an unpaid order; a paid order is returned unchanged. */
  public Outcome<PlacedOrder> payOrder(long accountId, long orderId) {
    OrderRow order = orders.find(orderId);
    if (order == null || order.accountId != accountId) {
      return Outcome.rejected(OrderErrors.ORDER_NOT_FOUND, "order " + orderId + " does not exist");
    }
    OrderState state = OrderState.ofWire(order.status);
    if (state.isPaid()) {
      return Outcome.ok(OrderPayment.placed(order));
    }
    if (state == OrderState.PAYING) {
      return payment.awaitSettled(orderId, true);
    }
    if (state != OrderState.UNPAID) {
      return Outcome.rejected(OrderErrors.ORDER_NOT_PAYABLE, "order " + orderId + " is " + order.status);
    }
    return payment.pay(order);
  }

  private OrderRow newOrder(CreateInstanceCommand c, PurchaseRequest r, String fingerprint, Quote q) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    OrderRow o = new OrderRow();
    o.orderId = ids.next();
    o.accountId = c.getAccountId();
    o.clientToken = c.getClientToken();
    o.requestHash = fingerprint;
    o.orderType = "New";
    o.status = OrderState.UNPAID.wire();
    o.productCode = q.getProductCode();
    o.productType = q.getProductType();
    o.subscriptionType = r.subscriptionType();
    o.region = q.getRegion();
    o.instanceId = "i-" + Long.toString(ids.next(), 36);
    o.period = r.period();
    o.periodUnit = r.periodUnit();
    o.configJson = ConfigJson.write(q.getConfig());
    o.catalogVersion = q.getCatalogVersion();
    o.quoteJson = new String(EventJson.write(q), java.nio.charset.StandardCharsets.UTF_8);
    o.listPriceMinor = q.getListPrice().minor();
    o.discountMinor = q.getDiscount().minor();
    o.amountMinor = q.getFinalAmount().minor();
    o.currency = q.getFinalAmount().currency();
    o.renewalStatus = r.renewalStatus();
    o.renewPeriod = r.renewPeriod();
    o.createdAt = now;
    o.updatedAt = now;
    return o;
  }

  static String validate(CreateInstanceCommand c) {
    String tokenProblem = ClientTokens.problem(c.getClientToken());
    if (tokenProblem != null) {
      return tokenProblem;
    }
    if (c.getProductCode() == null || c.getProductCode().isBlank()) {
      return "ProductCode is required";
    }
    if (c.getSubscriptionType() == null || !SUBSCRIPTION_TYPES.contains(c.getSubscriptionType())) {
      return "SubscriptionType must be Subscription or PayAsYouGo";
    }
    if (c.getRenewalStatus() != null && !RENEWAL_STATUSES.contains(c.getRenewalStatus())) {
      return "RenewalStatus must be ManualRenewal, AutoRenewal or NotRenewal";
    }
    if (c.getRenewPeriod() != null && (c.getRenewPeriod() < 1 || c.getRenewPeriod() > 36)) {
      return "RenewPeriod must be between 1 and 36";
    }
    if (c.getPeriod() < 1) {
      return "Period must be at least 1";
    }
    if (c.getPeriodUnit() == null || c.getPeriodUnit().isBlank()) {
      return "PeriodUnit is required";
    }
    return null;
  }


}
