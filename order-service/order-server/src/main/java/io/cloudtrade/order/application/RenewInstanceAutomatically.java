package io.cloudtrade.order.application;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.lifecycle.api.AutoRenewalDue;
import io.cloudtrade.order.api.PlacedOrder;
import io.cloudtrade.order.api.RenewInstanceCommand;
import io.cloudtrade.order.domain.AutoRenewalTokens;
import io.cloudtrade.order.domain.OrderState;
import io.cloudtrade.order.persistence.OrderMapper;
import io.cloudtrade.order.persistence.OrderRow;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Answers instance lifecycle's {@link AutoRenewalDue} with a Renew order paid from the balance,
 * through {@link RenewInstance} (the same price, idempotency and payment as a customer's renewal),
 * under a ClientToken derived from the instance and the end time the attempt is about ({@link
 * AutoRenewalTokens}): repeated attempts and redeliveries for one end time find the same order, so
 * at most one order per end time is placed and paid. The order expects that end time ({@link
 * RenewInstanceCommand#setExpectedEndTime}): an instance renewed meanwhile by its owner is not renewed
 * again ({@link io.cloudtrade.order.api.OrderErrors#INSTANCE_RENEWED_MEANWHILE} here, or Failed and
 * refunded by instance lifecycle when the manual renewal is applied after this order was paid). An order whose payment was refused stays
 * unpaid and is paid by the next attempt if the balance allows it then; once its payment has timed
 * out (Cancelled), the next attempt places the next order of the series.
 *
 * <p>A business rejection (not enough balance, the instance is gone, ...) is one log line with its
 * code and a count in {@value #COUNTER} (tag {@code outcome}: the rejection code, a bounded set of
 * error codes), never an exception: lifecycle's next attempt tries again. A system failure throws,
 * and the broker redelivers the event. Successes are counted with the order's status as outcome.
 */
@Service
public class RenewInstanceAutomatically {
  /** Counter, tagged by outcome: the order's status (Paid, ...) or the rejection code. */
  public static final String COUNTER = "cloudtrade.order.auto.renewals";
  /** outcome of an event that names no instance, end time or period: nothing to renew */
  public static final String INVALID_EVENT = "InvalidEvent";
  /** outcome when {@link AutoRenewalTokens#MAX_ORDERS} orders were cancelled unpaid for one end time */
  public static final String TOO_MANY_ORDERS = "TooManyOrders";

  private static final Logger log = LoggerFactory.getLogger(RenewInstanceAutomatically.class);

  private final RenewInstance renew;
  private final OrderMapper orders;
  private final MeterRegistry meters;

  public RenewInstanceAutomatically(RenewInstance renew, OrderMapper orders, MeterRegistry meters) {
    this.renew = renew;
    this.orders = orders;
    this.meters = meters;
  }

  /**
   * Renews the instance for the event's end time if no order did yet; the outcome (the order's
   * status, or the rejection code).
   */
  public String on(AutoRenewalDue e) {
    if (e.getInstanceId() == null || e.getInstanceId().isBlank() || e.getEndTime() == null || e.getRenewPeriod() < 1
        || e.getRenewPeriodUnit() == null) {
      return count(e, INVALID_EVENT, "the event names no instance, end time or period");
    }
    String token = token(e);
    if (token == null) {
      return count(e, TOO_MANY_ORDERS, AutoRenewalTokens.MAX_ORDERS + " orders for this end time were cancelled unpaid");
    }
    Outcome<PlacedOrder> placed = renew.renewInstance(new RenewInstanceCommand()
        .setAccountId(e.getAccountId())
        .setClientToken(token)
        .setInstanceId(e.getInstanceId())
        .setPeriod(e.getRenewPeriod())
        .setPeriodUnit(e.getRenewPeriodUnit())
        .setExpectedEndTime(e.getEndTime())
        .setPayNow(true));
    if (!placed.isOk()) {
      return count(e, placed.code(), placed.message());
    }
    PlacedOrder o = placed.value();
    log.info("auto-renewal of instance {} for end time {} (attempt {}): order {} {}", e.getInstanceId(), e.getEndTime(),
        e.getAttempt(), o.getOrderId(), o.getStatus());
    counter(o.getStatus()).increment();
    return o.getStatus();
  }

  /**
   * The first token of the series whose order is not Cancelled (or does not exist yet); null when
   * the series is spent.
   */
  private String token(AutoRenewalDue e) {
    for (int n = 1; n <= AutoRenewalTokens.MAX_ORDERS; n++) {
      String token = AutoRenewalTokens.of(e.getInstanceId(), e.getEndTime(), n);
      OrderRow o = orders.findByClientToken(e.getAccountId(), token);
      if (o == null || !OrderState.CANCELLED.wire().equals(o.status)) {
        return token;
      }
    }
    return null;
  }

  private String count(AutoRenewalDue e, String code, String why) {
    log.info("auto-renewal of instance {} for end time {} (attempt {}) rejected: {} ({})", e.getInstanceId(),
        e.getEndTime(), e.getAttempt(), code, why);
    counter(code).increment();
    return code;
  }

  private Counter counter(String outcome) {
    return Counter.builder(COUNTER).description("auto-renewal attempts answered, by outcome")
        .tag("outcome", outcome == null ? "unknown" : outcome).register(meters);
  }
}
