package io.cloudtrade.order.application;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.IdGenerator;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.lifecycle.api.InstanceService;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.lifecycle.api.LifecycleErrors;
import io.cloudtrade.order.api.OrderErrors;
import io.cloudtrade.order.api.PlacedOrder;
import io.cloudtrade.order.api.RenewInstanceCommand;
import io.cloudtrade.order.api.RenewalPrice;
import io.cloudtrade.order.domain.ClientTokens;
import io.cloudtrade.order.domain.OrderState;
import io.cloudtrade.order.domain.RequestFingerprint;
import io.cloudtrade.order.persistence.OrderMapper;
import io.cloudtrade.order.persistence.OrderRow;
import io.cloudtrade.support.EventJson;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Renews a subscription instance: a Renew order at the price {@link PriceRenewal} gives (the catalog
 * version its purchase agreed, under the product's AGREED policy), paid from the balance and
 * announced; instance lifecycle then extends the instance. Idempotent by (account, ClientToken) like a
 * purchase.
 *
 * <p>A renewal with an expected end time (an automatic renewal: {@link RenewInstanceAutomatically})
 * renews only that end time: it is rejected with {@link OrderErrors#INSTANCE_RENEWED_MEANWHILE} when
 * instance lifecycle reports another end time now, and the order records it, so that lifecycle refuses
 * the paid renewal too (answers Failed, and the payment is given back) should the end time change
 * between here and the renewal's application (a manual renewal paid at the same time).
 */
@Service
public class RenewInstance {
  private static final Set<String> UNITS = Set.of("Month", "Year");

  private final OrderMapper orders;
  private final PriceRenewal prices;
  private final OrderPayment payment;
  private final InstanceService instances;
  private final IdGenerator ids;
  private final Clock clock;

  @Autowired
  public RenewInstance(OrderMapper orders, PriceRenewal prices, OrderPayment payment, InstanceService instances,
      IdGenerator ids) {
    this(orders, prices, payment, instances, ids, Clock.systemUTC());
  }

  RenewInstance(OrderMapper orders, PriceRenewal prices, OrderPayment payment, InstanceService instances, IdGenerator ids,
      Clock clock) {
    this.orders = orders;
    this.prices = prices;
    this.payment = payment;
    this.instances = instances;
    this.ids = ids;
    this.clock = clock;
  }

  /**
   * Places (and pays, if asked) the Renew order, or answers the order placed before under the same
   * ClientToken.
   *
   * @return the order; or {@link CommonErrors#INVALID_PARAMETER}, {@link
   *     OrderErrors#IDEMPOTENT_PARAMETER_MISMATCH}, {@link OrderErrors#INSTANCE_NOT_FOUND}, {@link
   *     OrderErrors#INSTANCE_RENEWED_MEANWHILE} (an expected end time that is not the instance's), the
   *     rejections of {@link PriceRenewal}, a payment rejection
   */
  public Outcome<PlacedOrder> renewInstance(RenewInstanceCommand c) {
    String invalid = ClientTokens.problem(c.getClientToken());
    if (invalid == null && (c.getInstanceId() == null || c.getInstanceId().isBlank())) {
      invalid = "InstanceId is required";
    }
    if (invalid == null && c.getPeriod() < 1) {
      invalid = "the renewal period must be at least 1";
    }
    if (invalid == null && !UNITS.contains(c.getPeriodUnit())) {
      invalid = "the renewal period unit must be Month or Year";
    }
    if (invalid != null) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, invalid);
    }
    Instant expectedEndTime = millis(c.getExpectedEndTime());
    // without the expected end time: automatic renewals' tokens name it already, and an auto-renewal
    // order placed before it was recorded must still be found by the next attempt
    String fingerprint = RequestFingerprint.of(new Object[] {"Renew", c.getInstanceId(), c.getPeriod(), c.getPeriodUnit()}, Map.of());
    // before a known order is answered too: an order of an automatic renewal left unpaid (short
    // balance) is not paid once a manual renewal moved the end time
    if (expectedEndTime != null) {
      Outcome<PlacedOrder> stale = renewedMeanwhile(c.getAccountId(), c.getInstanceId(), expectedEndTime);
      if (stale != null) {
        return stale;
      }
    }
    Outcome<PlacedOrder> replayed = payment.replayIfKnown(c.getAccountId(), c.getClientToken(), fingerprint, c.isPayNow());
    if (replayed != null) {
      return replayed;
    }
    Outcome<RenewalPrice> priced = prices.priceRenewal(c.getAccountId(), c.getInstanceId(), c.getPeriod(), c.getPeriodUnit());
    if (!priced.isOk()) {
      return Outcome.rejectedAs(priced);
    }
    OrderRow bought = orders.findPurchaseOfInstance(c.getAccountId(), c.getInstanceId());
    return payment.submit(renewalOrder(c, fingerprint, bought, priced.value(), expectedEndTime), c.isPayNow());
  }

  /**
   * Null when instance lifecycle reports {@code expectedEndTime} as the instance's end time now; else
   * the rejection ({@link OrderErrors#INSTANCE_RENEWED_MEANWHILE}, {@link
   * OrderErrors#INSTANCE_NOT_FOUND}, or lifecycle's own).
   */
  private Outcome<PlacedOrder> renewedMeanwhile(long accountId, String instanceId, Instant expectedEndTime) {
    Outcome<InstanceView> found = instances.getInstance(accountId, instanceId);
    if (!found.isOk()) {
      return LifecycleErrors.INSTANCE_NOT_FOUND.equals(found.code())
          ? Outcome.rejected(OrderErrors.INSTANCE_NOT_FOUND, "instance " + instanceId + " does not exist")
          : Outcome.rejectedAs(found);
    }
    Instant endTime = millis(found.value().getEndTime());
    if (expectedEndTime.equals(endTime)) {
      return null;
    }
    return Outcome.rejected(OrderErrors.INSTANCE_RENEWED_MEANWHILE, "the renewal is for end time " + expectedEndTime
        + " but instance " + instanceId + " ends at " + endTime + " now: it was renewed meanwhile");
  }

  private static Instant millis(Instant t) {
    return t == null ? null : t.truncatedTo(ChronoUnit.MILLIS);
  }

  private OrderRow renewalOrder(RenewInstanceCommand c, String fingerprint, OrderRow bought, RenewalPrice price,
      Instant expectedEndTime) {
    if (bought == null) {
      throw new IllegalStateException("instance " + c.getInstanceId() + " was priced but its purchase is gone");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    OrderRow o = OrderRow.followingUp(bought, ids.next(), c.getClientToken(), fingerprint, "Renew", OrderState.UNPAID.wire(), now);
    o.period = price.getPeriod();
    o.periodUnit = price.getPeriodUnit();
    o.catalogVersion = price.getCatalogVersion();
    o.quoteJson = new String(EventJson.write(price), StandardCharsets.UTF_8);
    o.listPriceMinor = price.getListPrice().minor();
    o.discountMinor = price.getDiscount().minor();
    o.amountMinor = price.getAmount().minor();
    o.currency = price.getAmount().currency();
    o.expectedEndTime = expectedEndTime;
    return o;
  }
}
