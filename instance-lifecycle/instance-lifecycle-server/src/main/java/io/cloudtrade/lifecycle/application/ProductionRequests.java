package io.cloudtrade.lifecycle.application;

import io.cloudtrade.kernel.IdGenerator;
import io.cloudtrade.lifecycle.api.ProductionEvents;
import io.cloudtrade.lifecycle.api.ProductionNotification;
import io.cloudtrade.lifecycle.config.DueWorkProperties;
import io.cloudtrade.lifecycle.persistence.InstanceRow;
import io.cloudtrade.lifecycle.persistence.ProductionTaskMapper;
import io.cloudtrade.lifecycle.persistence.ProductionTaskRow;
import io.cloudtrade.support.Events;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Asks a product's control plane to act on an instance (CREATE, MODIFY, RELEASE, STOP, START):
 * records a production task (one attempt, with what it carries out) and, after the caller's
 * transaction commits, publishes the {@link ProductionNotification} on {@link ProductionEvents#TOPIC}
 * tagged with the product code.
 *
 * <p>A STOP, START or RELEASE at expiry (no order) is due again {@code resend-after} after it is
 * sent, for {@link ResendLifecycleAction} to send it again while unacknowledged; recording one of
 * STOP, START or RELEASE supersedes the instance's earlier unacknowledged ones (they are no longer
 * sent again nor listed as stuck). Every notification carries its task's attempt number as its
 * sequence: it grows with every task of the instance, so a control plane can tell a late copy of an
 * older action from the latest one.
 */
@Service
public class ProductionRequests {
  /** The only trading center for now. */
  static final String CENTER = "cn";

  public static final String CREATE = ProductionNotification.CREATE;
  public static final String MODIFY = ProductionNotification.MODIFY;
  /** For a Refund order (the task names it), or at the end of an expired subscription's grace period (no order). */
  public static final String RELEASE = ProductionNotification.RELEASE;
  /** The subscription expired: stop the resource ({@link DueInstanceWork}). */
  public static final String STOP = ProductionNotification.STOP;
  /** An expired subscription was renewed: start the resource again ({@link RenewInstanceForPaidOrder}). */
  public static final String START = ProductionNotification.START;

  private static final Logger log = LoggerFactory.getLogger(ProductionRequests.class);

  private final ProductionTaskMapper tasks;
  private final Events events;
  private final IdGenerator ids;
  private final Clock clock;
  private final Duration resendAfter;

  public ProductionRequests(ProductionTaskMapper tasks, Events events, IdGenerator ids, Clock clock,
      DueWorkProperties settings) {
    this.resendAfter = settings.resendAfter();
    this.tasks = tasks;
    this.events = events;
    this.ids = ids;
    this.clock = clock;
  }

  /**
   * Records the next attempt of the instance (call it inside the transaction that decides it). Two
   * concurrent callers taking the same attempt number: one gets a DuplicateKeyException.
   *
   * @param orderId the order carried out, null for a revert and for a STOP or RELEASE at expiry
   * @param specId the instance_spec row produced, null for a release, a stop or a start
   */
  public ProductionTaskRow record(String instanceId, String action, Long orderId, String orderType, int specVersion,
      Long specId) {
    ProductionTaskRow t = new ProductionTaskRow();
    t.notificationId = Long.toString(ids.next());
    t.instanceId = instanceId;
    t.attempt = tasks.lastAttempt(instanceId) + 1;
    t.action = action;
    t.orderId = orderId;
    t.orderType = orderType;
    t.specVersion = specVersion;
    t.specId = specId;
    t.sentAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    if (changesPower(action)) {
      tasks.supersede(instanceId);
      t.dueAt = orderId != null && RELEASE.equals(action) ? null : t.sentAt.plus(resendAfter);
    }
    tasks.insert(t);
    return t;
  }

  /** STOP, START and RELEASE: the latest of them says what the resource should be. */
  static boolean changesPower(String action) {
    return STOP.equals(action) || START.equals(action) || RELEASE.equals(action);
  }

  /**
   * Publishes the task's notification; throws when the broker did not take it.
   *
   * @param orderId the order named in the notification (for a revert: the temporary upgrade's; 0 for
   *     a STOP or RELEASE at expiry)
   * @param specJson the specification to produce (CREATE, MODIFY) or the current one (RELEASE, STOP,
   *     START)
   */
  public void send(InstanceRow instance, ProductionTaskRow task, long orderId, String specJson) {
    ProductionNotification n = new ProductionNotification()
        .setNotificationId(task.notificationId)
        .setInstanceId(instance.instanceId)
        .setOrderId(orderId)
        .setAccountId(instance.accountId)
        .setProductCode(instance.productCode)
        .setRegion(instance.region)
        .setCenter(CENTER)
        .setAction(task.action)
        .setSequence(task.attempt)
        .setSpecVersion(task.specVersion)
        .setSpec(InstanceViews.spec(specJson));
    events.publish(ProductionEvents.TOPIC, instance.productCode, instance.instanceId, n);
    log.info("{} of instance {} ({}) requested: specification version {}, notification {} attempt {}", task.action,
        instance.instanceId, instance.productCode, task.specVersion, task.notificationId, task.attempt);
  }
}
