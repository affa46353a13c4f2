package io.cloudtrade.order.application;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.IdGenerator;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.order.api.PlacedOrder;
import io.cloudtrade.order.api.RenewChangeInstanceCommand;
import io.cloudtrade.order.api.RenewalPrice;
import io.cloudtrade.order.domain.ClientTokens;
import io.cloudtrade.order.domain.OrderState;
import io.cloudtrade.order.domain.RequestFingerprint;
import io.cloudtrade.order.persistence.ConfigJson;
import io.cloudtrade.order.persistence.OrderMapper;
import io.cloudtrade.order.persistence.OrderRow;
import io.cloudtrade.support.EventJson;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Renews a running subscription instance and changes its specification from the start of the
 * renewed period (BSS RenewChangeInstance): a RenewChange order at the renewal price of the new
 * specification ({@link PriceRenewal}, under the agreed catalog version). Instance lifecycle extends
 * the end time at once and applies the new specification when the renewed period starts; the
 * instance is claimed until then ({@link InstanceChangeClaims}). Should the control plane fail to
 * apply it, the renewal stands and the difference from a plain renewal of the current specification
 * (recorded on the order as its refund) goes back to the balance ({@link FollowDelivery}).
 */
@Service
public class RenewChangeInstance {
  static final int MAX_MONTHS = 36;

  private final OrderMapper orders;
  private final PriceRenewal prices;
  private final InstanceChangeOrders changes;
  private final OrderPayment payment;
  private final IdGenerator ids;
  private final Clock clock = Clock.systemUTC();

  public RenewChangeInstance(OrderMapper orders, PriceRenewal prices, InstanceChangeOrders changes, OrderPayment payment,
      IdGenerator ids) {
    this.orders = orders;
    this.prices = prices;
    this.changes = changes;
    this.payment = payment;
    this.ids = ids;
  }

  public Outcome<PlacedOrder> renewChangeInstance(RenewChangeInstanceCommand c) {
    String invalid = ClientTokens.problem(c.getClientToken());
    if (invalid == null && (c.getInstanceId() == null || c.getInstanceId().isBlank())) {
      invalid = "InstanceId is required";
    }
    if (invalid == null && (c.getRenewPeriod() < 1 || c.getRenewPeriod() > MAX_MONTHS)) {
      invalid = "RenewPeriod must be between 1 and " + MAX_MONTHS + " months";
    }
    if (invalid == null && (c.getConfig() == null || c.getConfig().isEmpty())) {
      invalid = "at least one attribute to change is required";
    }
    if (invalid != null) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, invalid);
    }
    String fingerprint = RequestFingerprint.of(new Object[] {"RenewChange", c.getInstanceId(), c.getRenewPeriod()}, c.getConfig());
    Outcome<PlacedOrder> replayed = payment.replayIfKnown(c.getAccountId(), c.getClientToken(), fingerprint, c.isPayNow());
    if (replayed != null) {
      return replayed;
    }
    return changes.placeThenPay(c.getInstanceId(), c.isPayNow(), () -> place(c, fingerprint));
  }

  private Outcome<PlacedOrder> place(RenewChangeInstanceCommand c, String fingerprint) {
    Outcome<InstanceChangeOrders.Free> free = changes.free(c.getAccountId(), c.getInstanceId());
    if (!free.isOk()) {
      return Outcome.rejectedAs(free);
    }
    InstanceView instance = free.value().instance();
    Outcome<RenewalPrice> changed = prices.priceRenewal(c.getAccountId(), c.getInstanceId(), c.getRenewPeriod(), "Month", c.getConfig());
    if (!changed.isOk()) {
      return Outcome.rejectedAs(changed);
    }
    Outcome<RenewalPrice> plain = prices.priceRenewal(c.getAccountId(), c.getInstanceId(), c.getRenewPeriod(), "Month");
    if (!plain.isOk()) {
      return Outcome.rejectedAs(plain);
    }
    OrderRow bought = orders.findPurchaseOfInstance(c.getAccountId(), c.getInstanceId());
    Map<String, String> wanted = new HashMap<>(instance.getSpec());
    wanted.putAll(c.getConfig());
    RenewalPrice price = changed.value();
    OrderRow o = OrderRow.followingUp(bought, ids.next(), c.getClientToken(), fingerprint, "RenewChange", OrderState.UNPAID.wire(),
        clock.instant().truncatedTo(ChronoUnit.MILLIS));
    o.period = price.getPeriod();
    o.periodUnit = price.getPeriodUnit();
    o.configJson = ConfigJson.write(wanted);
    o.catalogVersion = price.getCatalogVersion();
    o.quoteJson = new String(EventJson.write(price), StandardCharsets.UTF_8);
    o.listPriceMinor = price.getListPrice().minor();
    o.discountMinor = price.getDiscount().minor();
    o.amountMinor = price.getAmount().minor();
    o.currency = price.getAmount().currency();
    // what goes back if the new specification cannot be applied: the renewal stands at the old one
    o.refundMinor = Math.max(0, price.getAmount().minor() - plain.value().getAmount().minor());
    o.baseSpecVersion = instance.getSpecVersion();
    return changes.submit(o, free.value().state());
  }
}
