package io.cloudtrade.order.application;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.IdGenerator;
import io.cloudtrade.kernel.Outcome;
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
 */
@Service
public class RenewInstance {
  private static final Set<String> UNITS = Set.of("Month", "Year");

  private final OrderMapper orders;
  private final PriceRenewal prices;
  private final OrderPayment payment;
  private final IdGenerator ids;
  private final Clock clock;

  @Autowired
  public RenewInstance(OrderMapper orders, PriceRenewal prices, OrderPayment payment, IdGenerator ids) {
    this(orders, prices, payment, ids, Clock.systemUTC());
  }

  RenewInstance(OrderMapper orders, PriceRenewal prices, OrderPayment payment, IdGenerator ids, Clock clock) {
    this.orders = orders;
    this.prices = prices;
    this.payment = payment;
    this.ids = ids;
    this.clock = clock;
  }

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
    String fingerprint = RequestFingerprint.of(new Object[] {"Renew", c.getInstanceId(), c.getPeriod(), c.getPeriodUnit()}, Map.of());
    Outcome<PlacedOrder> replayed = payment.replayIfKnown(c.getAccountId(), c.getClientToken(), fingerprint, c.isPayNow());
    if (replayed != null) {
      return replayed;
    }
    Outcome<RenewalPrice> priced = prices.priceRenewal(c.getAccountId(), c.getInstanceId(), c.getPeriod(), c.getPeriodUnit());
    if (!priced.isOk()) {
      return Outcome.rejectedAs(priced);
    }
    OrderRow bought = orders.findPurchaseOfInstance(c.getAccountId(), c.getInstanceId());
    return payment.submit(renewalOrder(c, fingerprint, bought, priced.value()), c.isPayNow());
  }

  private OrderRow renewalOrder(RenewInstanceCommand c, String fingerprint, OrderRow bought, RenewalPrice price) {
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
    return o;
  }
}
