package io.cloudtrade.reseller.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudtrade.kernel.IdGenerator;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.order.api.OrderEvents;
import io.cloudtrade.order.api.OrderPaidEvent;
import io.cloudtrade.payment.api.AccountBalance;
import io.cloudtrade.payment.api.BalanceService;
import io.cloudtrade.payment.api.DepositRequest;
import io.cloudtrade.reseller.persistence.WebhookDeliveryMapper;
import io.cloudtrade.reseller.persistence.WebhookDeliveryRow;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Settles the order events of resellers' customers (OrderPaid, and RefundRequested for a Refund
 * order): credits what the reseller earned and enqueues the webhook that tells it. Events without a
 * reseller are ignored.
 *
 * <p>Every step is idempotent, since a handler that throws has its event redelivered (and a broker
 * may redeliver anyway): the earning is deposited with the reference {@code
 * reseller-earning-order-<orderId>}, which the balance service credits once; the webhook delivery
 * has the UNIQUE event key {@code <eventType>-<orderId>}. The deposit comes first, so an event whose
 * deposit failed enqueues nothing until it is redelivered.
 *
 * <p>A refund's share of the earnings (its negative {@code resellerEarning}) is taken back by the
 * order service when the refund is given back to the customer (a refund can still fail until then);
 * here a RefundRequested only tells the reseller.
 */
@Service
public class SettleResellerOrders {
  /** The order type whose event is tagged RefundRequested; every other type's is OrderPaid. */
  static final String ORDER_TYPE_REFUND = "Refund";
  /** What the earning of an order is deposited under: the balance service credits a reference once. */
  static final String EARNING_REFERENCE_PREFIX = "reseller-earning-order-";

  private static final Logger log = LoggerFactory.getLogger(SettleResellerOrders.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final BalanceService balances;
  private final WebhookDeliveryMapper deliveries;
  private final IdGenerator ids;
  private final Clock clock;

  @Autowired
  public SettleResellerOrders(BalanceService balances, WebhookDeliveryMapper deliveries, IdGenerator ids) {
    this(balances, deliveries, ids, Clock.systemUTC());
  }

  SettleResellerOrders(BalanceService balances, WebhookDeliveryMapper deliveries, IdGenerator ids, Clock clock) {
    this.balances = balances;
    this.deliveries = deliveries;
    this.ids = ids;
    this.clock = clock;
  }

  /**
   * Handles one delivery of an order event.
   *
   * @throws RuntimeException when it could not finish (the balance service refused or could not be
   *     reached, the database failed): the event is to be redelivered
   */
  public void on(OrderPaidEvent e) {
    if (e.getResellerId() == null) {
      return; // a direct customer's order: nothing of a reseller's
    }
    boolean refund = ORDER_TYPE_REFUND.equals(e.getOrderType());
    String eventType = refund ? OrderEvents.TAG_REFUND_REQUESTED : OrderEvents.TAG_ORDER_PAID;
    if (!refund) {
      creditEarning(e);
    }
    if (e.isNotifyReseller()) {
      enqueueWebhook(eventType, e);
    }
  }

  /**
   * An order of a reseller's customer waits for the reseller's approval (ApprovalRequested): the
   * reseller is told by webhook, whatever its NOTIFY_RESELLER step says (it decides with ApproveOrder;
   * without a webhook URL the delivery ends DEAD and the order waits in QueryOrders until its time
   * runs out). Nothing is credited.
   */
  public void onApprovalRequested(OrderPaidEvent e) {
    if (e.getResellerId() != null) {
      enqueueWebhook(OrderEvents.TAG_APPROVAL_REQUESTED, e);
    }
  }

  /** Deposits the reseller's earning of a paid order, once per order. */
  private void creditEarning(OrderPaidEvent e) {
    Money earning = e.getResellerEarning();
    if (earning == null || earning.isZero()) {
      return;
    }
    if (earning.isNegative()) {
      log.warn("reseller earning not credited: negative earning {} reseller={} order={} ruleVersion={}",
          earning, e.getResellerId(), e.getOrderId(), e.getRuleVersion());
      return;
    }
    String reference = EARNING_REFERENCE_PREFIX + e.getOrderId();
    Outcome<AccountBalance> deposited = balances.deposit(
        new DepositRequest().setAccountId(e.getResellerId()).setAmount(earning).setReference(reference));
    if (!deposited.isOk()) {
      // a paid order's earning must reach the reseller: a refusal here is a failure of the system
      // (no balance account, another currency), not an answer to pass on; the event is redelivered
      throw new IllegalStateException("the balance service refused the earning " + earning + " of order " + e.getOrderId()
          + " for reseller " + e.getResellerId() + ": " + deposited.code() + " " + deposited.message());
    }
    log.info("reseller earning deposited reseller={} order={} amount={} reference={} ruleVersion={}",
        e.getResellerId(), e.getOrderId(), earning, reference, e.getRuleVersion());
  }

  /** Enqueues the webhook of the event, unless an earlier delivery of the same event did. */
  private void enqueueWebhook(String eventType, OrderPaidEvent e) {
    Instant now = Instant.ofEpochMilli(clock.millis());
    WebhookDeliveryRow row = new WebhookDeliveryRow();
    row.deliveryId = ids.next();
    row.resellerId = e.getResellerId();
    row.eventKey = eventKey(eventType, e.getOrderId());
    row.eventType = eventType;
    row.payload = payload(eventType, row.deliveryId, e, now);
    row.status = WebhookDeliveryRow.Status.PENDING.name();
    row.attempts = 0;
    row.nextAttemptAt = now;
    row.createdAt = now;
    try {
      deliveries.insert(row);
      log.info("webhook enqueued reseller={} delivery={} event={}", row.resellerId, row.deliveryId, row.eventKey);
    } catch (DuplicateKeyException alreadyEnqueued) {
      log.info("webhook already enqueued reseller={} event={}: redelivered order event", row.resellerId, row.eventKey);
    }
  }

  /** The UNIQUE key of an event's delivery. */
  static String eventKey(String eventType, long orderId) {
    return eventType + "-" + orderId;
  }

  /**
   * The body posted to the reseller: ids as strings, money as decimal strings (never floating
   * point), times ISO-8601 UTC. {@code occurredAt} is when the order was paid (for a refund: when
   * it was requested), or {@code now} if the event does not say.
   */
  static String payload(String eventType, long deliveryId, OrderPaidEvent e, Instant now) {
    Map<String, Object> order = new LinkedHashMap<>();
    order.put("orderId", Long.toString(e.getOrderId()));
    order.put("accountId", Long.toString(e.getAccountId()));
    order.put("orderType", e.getOrderType());
    order.put("instanceId", e.getInstanceId());
    order.put("productCode", e.getProductCode());
    order.put("region", e.getRegion());
    order.put("amount", e.getAmount() == null ? null : e.getAmount().toPlainString());
    order.put("currency", e.getAmount() != null ? e.getAmount().currency()
        : e.getResellerEarning() == null ? null : e.getResellerEarning().currency());
    order.put("resellerEarning", e.getResellerEarning() == null ? null : e.getResellerEarning().toPlainString());
    order.put("ruleVersion", e.getRuleVersion());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("eventType", eventType);
    body.put("deliveryId", Long.toString(deliveryId));
    body.put("occurredAt", (e.getPaidAt() == null ? now : e.getPaidAt()).toString());
    body.put("order", order);
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException impossible) { // strings and maps only
      throw new IllegalStateException("cannot write the webhook payload of order " + e.getOrderId(), impossible);
    }
  }
}
