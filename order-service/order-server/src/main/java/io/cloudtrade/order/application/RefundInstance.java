package io.cloudtrade.order.application;

import io.cloudtrade.catalog.api.CatalogService;
import io.cloudtrade.catalog.api.ChangeQuote;
import io.cloudtrade.catalog.api.ChangeQuoteRequest;
import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.IdGenerator;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.order.api.OrderErrors;
import io.cloudtrade.order.api.PlacedOrder;
import io.cloudtrade.order.api.RefundInstanceCommand;
import io.cloudtrade.order.api.RefundPrice;
import io.cloudtrade.order.domain.ClientTokens;
import io.cloudtrade.order.domain.OrderState;
import io.cloudtrade.order.domain.RequestFingerprint;
import io.cloudtrade.order.persistence.InstanceOrderStateRow;
import io.cloudtrade.order.persistence.OrderMapper;
import io.cloudtrade.order.persistence.OrderRow;
import io.cloudtrade.support.EventJson;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Unsubscribes a running subscription instance (BSS RefundInstance): a Refund order, Refunding at
 * once, for the prorated share of what was paid for the current period; instance lifecycle releases
 * the instance and, once it is released, the amount goes back to the balance and the order is
 * Refunded (see {@link FollowDelivery}). The order and its RefundRequested event are one
 * transaction ({@link RefundAnnouncer}). One change at a time per instance, like a modification.
 *
 * <p>What was paid for the period: the New order, the Renew orders and the upgrades of the
 * instance, less the refunds of downgrades already applied. Temporary upgrades are used up in their
 * windows and are not refunded.
 */
@Service
public class RefundInstance {
  private final OrderMapper orders;
  private final CatalogService catalog;
  private final RunningInstances instances;
  private final InstanceChangeClaims claims;
  private final InstanceChangeOrders changes;
  private final OrderPayment payment;
  private final RefundAnnouncer announcer;
  private final IdGenerator ids;
  private final Clock clock = Clock.systemUTC();

  public RefundInstance(OrderMapper orders, CatalogService catalog, RunningInstances instances, InstanceChangeClaims claims,
      InstanceChangeOrders changes, OrderPayment payment, RefundAnnouncer announcer, IdGenerator ids) {
    this.changes = changes;
    this.orders = orders;
    this.catalog = catalog;
    this.instances = instances;
    this.claims = claims;
    this.payment = payment;
    this.announcer = announcer;
    this.ids = ids;
  }

  public Outcome<RefundPrice> priceRefund(long accountId, String instanceId) {
    Outcome<InstanceView> found = instanceId == null ? Outcome.rejected(CommonErrors.INVALID_PARAMETER, "InstanceId is required")
        : instances.changeable(accountId, instanceId);
    if (!found.isOk()) {
      return Outcome.rejectedAs(found);
    }
    InstanceView i = found.value();
    Money paid = paidFor(accountId, instanceId);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Outcome<ChangeQuote> quoted = quote(accountId, i, paid, now);
    if (!quoted.isOk()) {
      return Outcome.rejectedAs(quoted);
    }
    return Outcome.ok(new RefundPrice()
        .setInstanceId(instanceId)
        .setPaid(paid)
        .setRefund(quoted.value().getAmount())
        .setPeriodStart(i.getStartTime())
        .setPeriodEnd(i.getEndTime())
        .setAt(now));
  }

  public Outcome<PlacedOrder> refundInstance(RefundInstanceCommand c) {
    String invalid = ClientTokens.problem(c.getClientToken());
    if (invalid == null && (c.getInstanceId() == null || c.getInstanceId().isBlank())) {
      invalid = "InstanceId is required";
    }
    if (invalid != null) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, invalid);
    }
    String fingerprint = RequestFingerprint.of(new Object[] {"Refund", c.getInstanceId()}, Map.of());
    OrderRow known = orders.findByClientToken(c.getAccountId(), c.getClientToken());
    if (known != null) {
      return payment.resume(known, fingerprint, false);
    }
    return claims.underLock(c.getInstanceId(), () -> place(c, fingerprint));
  }

  private Outcome<PlacedOrder> place(RefundInstanceCommand c, String fingerprint) {
    Outcome<InstanceChangeOrders.Free> free = changes.free(c.getAccountId(), c.getInstanceId());
    if (!free.isOk()) {
      return Outcome.rejectedAs(free);
    }
    InstanceOrderStateRow state = free.value().state();
    InstanceView instance = free.value().instance();
    OrderRow bought = orders.findPurchaseOfInstance(c.getAccountId(), c.getInstanceId());
    if (bought == null) {
      return Outcome.rejected(OrderErrors.INSTANCE_NOT_FOUND, "instance " + c.getInstanceId() + " was not bought by this account");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Money paid = paidFor(c.getAccountId(), c.getInstanceId());
    Outcome<ChangeQuote> quoted = quote(c.getAccountId(), instance, paid, now);
    if (!quoted.isOk()) {
      return Outcome.rejectedAs(quoted);
    }
    OrderRow order = refundOrder(c, fingerprint, bought, instance, quoted.value(), now);
    order.resellerEarningMinor = earningTakenBack(c.getAccountId(), c.getInstanceId(), paid.minor(), order.refundMinor);
    OrderRow first;
    try {
      first = announcer.insertAndAnnounce(order, () -> payment.insert(order, () -> claims.claim(state, order.orderId)));
    } catch (InstanceChangeClaims.ClaimLost lost) {
      return InstanceChangeClaims.inProgress(c.getInstanceId());
    }
    if (first != null) {
      return payment.resume(first, fingerprint, false);
    }
    return Outcome.ok(OrderPayment.placed(order));
  }

  private Outcome<ChangeQuote> quote(long accountId, InstanceView i, Money paid, Instant at) {
    return catalog.quoteChange(new ChangeQuoteRequest()
        .setAccountId(accountId)
        .setProductCode(i.getProductCode())
        .setChangeType("Refund")
        .setPeriodStart(i.getStartTime())
        .setPeriodEnd(i.getEndTime())
        .setAt(at)
        .setPaid(paid));
  }

  /** What was paid for the instance's current period, and not given back since. */
  Money paidFor(long accountId, String instanceId) {
    List<OrderRow> paid = orders.findPaidOfInstance(accountId, instanceId);
    long minor = 0;
    String currency = paid.isEmpty() ? "CNY" : paid.get(0).currency;
    for (OrderRow o : paid) {
      switch (o.orderType) {
        case "New", "Renew", "Upgrade" -> minor += o.amountMinor;
        case "Downgrade" -> minor -= OrderState.DELIVERED.wire().equals(o.status) && o.refundMinor != null ? o.refundMinor : 0;
        default -> { } // temporary upgrades are used up in their windows
      }
    }
    return Money.ofMinor(Math.max(0, minor), currency);
  }

  /**
   * What a refund takes back of the reseller's earnings on the instance (as a negative amount), in
   * proportion: earned × refund / paid, HALF_DOWN, over the same orders as {@link #paidFor}; null when
   * nothing was earned. The order service takes it from the reseller's balance when the refund is
   * given back ({@link OrderPayment#takeBackEarning}).
   */
  Long earningTakenBack(long accountId, String instanceId, long paidMinor, long refundMinor) {
    long earned = 0;
    for (OrderRow o : orders.findPaidOfInstance(accountId, instanceId)) {
      if (Set.of("New", "Renew", "Upgrade").contains(o.orderType) && o.resellerEarningMinor != null) {
        earned += o.resellerEarningMinor;
      }
    }
    if (earned <= 0 || paidMinor <= 0 || refundMinor <= 0) {
      return null;
    }
    long back = java.math.BigDecimal.valueOf(earned).multiply(java.math.BigDecimal.valueOf(Math.min(refundMinor, paidMinor)))
        .divide(java.math.BigDecimal.valueOf(paidMinor), 0, java.math.RoundingMode.HALF_DOWN).longValueExact();
    return back == 0 ? null : -back;
  }

  private OrderRow refundOrder(RefundInstanceCommand c, String fingerprint, OrderRow bought, InstanceView i, ChangeQuote q,
      Instant now) {
    OrderRow o = OrderRow.followingUp(bought, ids.next(), c.getClientToken(), fingerprint, "Refund",
        OrderState.REFUNDING.wire(), now);
    o.configJson = io.cloudtrade.order.persistence.ConfigJson.write(i.getSpec());
    o.quoteJson = new String(EventJson.write(q), StandardCharsets.UTF_8);
    o.listPriceMinor = 0;
    o.discountMinor = 0;
    o.amountMinor = 0;
    o.refundMinor = q.getAmount().minor();
    o.currency = q.getAmount().currency();
    o.baseSpecVersion = i.getSpecVersion();
    return o;
  }
}
