package io.cloudtrade.lifecycle.application;

import io.cloudtrade.lifecycle.api.DeliveryEvent;
import io.cloudtrade.lifecycle.api.DeliveryEvents;
import io.cloudtrade.lifecycle.domain.SpecChange;
import io.cloudtrade.lifecycle.persistence.InstanceSpecRow;
import io.cloudtrade.lifecycle.persistence.RefusedOrderMapper;
import io.cloudtrade.lifecycle.persistence.RefusedOrderRow;
import io.cloudtrade.order.api.OrderPaidEvent;
import io.cloudtrade.support.Events;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Tells the order service how its orders are carried out: publishes {@link DeliveryEvent}s on
 * {@link DeliveryEvents#TOPIC}, keyed by order id. Callers publish after their transaction commits;
 * publishing throws when the broker did not take the event, so the caller's message or
 * acknowledgement is redelivered (or its due work stays due) and the outcome is published again.
 * The order side follows with conditional updates, so publishing an outcome twice is harmless.
 *
 * <p>Also records orders refused without asking a control plane, so that a redelivery answers the
 * same Failed instead of judging again against a changed instance.
 */
@Service
public class Deliveries {
  /** the longest reason stored or published */
  static final int MAX_REASON = 512;

  private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

  private final Events events;
  private final RefusedOrderMapper refusals;
  private final Clock clock;

  public Deliveries(Events events, RefusedOrderMapper refusals, Clock clock) {
    this.events = events;
    this.refusals = refusals;
    this.clock = clock;
  }

  /** The control plane has been asked to carry the order out. */
  public void delivering(long orderId, String instanceId, String orderType, int specVersion) {
    publish(orderId, instanceId, orderType, DeliveryEvents.DELIVERING, null, specVersion, false);
  }

  /** The order took effect; {@code specVersion} is the instance's version after it. */
  public void delivered(long orderId, String instanceId, String orderType, int specVersion) {
    publish(orderId, instanceId, orderType, DeliveryEvents.DELIVERED, null, specVersion, false);
  }

  /**
   * The order failed and took no effect at all (not partial: the order service gives everything
   * back); {@code specVersion} is the instance's version, unchanged.
   */
  public void failed(long orderId, String instanceId, String orderType, int specVersion, String reason) {
    publish(orderId, instanceId, orderType, DeliveryEvents.FAILED, clip(reason), specVersion, false);
  }

  /**
   * The specification version an order made failed (its reason is the version's); {@code
   * specVersion} is the instance's version, unchanged. Partial when the order took effect otherwise
   * ({@link SpecChange#partialOnFailure}: a RenewChange's renewal stands).
   */
  public void versionFailed(InstanceSpecRow version, int specVersion) {
    publish(version.orderId, version.instanceId, version.orderType, DeliveryEvents.FAILED, clip(version.reason),
        specVersion, SpecChange.partialOnFailure(version.orderType));
  }

  /** The earlier refusal of an order, or null. */
  public RefusedOrderRow refusalOf(long orderId) {
    return refusals.find(orderId);
  }

  /**
   * Refuses an order for good: records the refusal (the first one wins when two deliveries race)
   * and publishes Failed with its reason.
   */
  public void refuse(OrderPaidEvent e, String orderType, int specVersion, String reason) {
    RefusedOrderRow r = new RefusedOrderRow();
    r.orderId = e.getOrderId();
    r.instanceId = e.getInstanceId();
    r.orderType = orderType;
    r.reason = clip(reason);
    r.specVersion = specVersion;
    r.refusedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    refusals.insertIfAbsent(r);
    announce(refusals.find(e.getOrderId()));
  }

  /** Publishes Failed again for a refused order. */
  public void announce(RefusedOrderRow r) {
    log.info("order {} ({}) refused: {}", r.orderId, r.orderType, r.reason);
    failed(r.orderId, r.instanceId, r.orderType, r.specVersion, r.reason);
  }

  private void publish(long orderId, String instanceId, String orderType, String outcome, String reason, int specVersion,
      boolean partial) {
    DeliveryEvent event = new DeliveryEvent()
        .setOrderId(orderId)
        .setInstanceId(instanceId)
        .setOrderType(orderType)
        .setOutcome(outcome)
        .setReason(reason)
        .setSpecVersion(specVersion)
        .setPartial(partial)
        .setAt(now());
    events.publish(DeliveryEvents.TOPIC, DeliveryEvents.TAG, Long.toString(orderId), event);
    log.info("order {} ({}) of instance {}: {}{} at specification version {}{}", orderId, orderType, instanceId, outcome,
        partial ? " in part" : "", specVersion, reason == null ? "" : " (" + reason + ")");
  }

  static String clip(String reason) {
    if (reason == null) {
      return null;
    }
    return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
