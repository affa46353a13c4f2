package io.cloudtrade.order.adapter.mq;

import io.cloudtrade.monitoringagent.rocketmq.TraceHeaders;
import io.cloudtrade.order.api.OrderEvents;
import io.cloudtrade.order.api.OrderPaidEvent;
import io.cloudtrade.order.application.ApprovalAnnouncer;
import io.cloudtrade.order.application.OrderEventPayload;
import io.cloudtrade.order.application.OrderPaidAnnouncer;
import io.cloudtrade.order.application.RefundAnnouncer;
import io.cloudtrade.order.domain.OrderState;
import io.cloudtrade.order.persistence.OrderMapper;
import io.cloudtrade.order.persistence.OrderRow;
import io.cloudtrade.order.persistence.OrderTransitions;
import io.cloudtrade.support.EventJson;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.apache.rocketmq.client.exception.MQClientException;
import org.apache.rocketmq.client.producer.LocalTransactionState;
import org.apache.rocketmq.client.producer.SendStatus;
import org.apache.rocketmq.client.producer.TransactionListener;
import org.apache.rocketmq.client.producer.TransactionMQProducer;
import org.apache.rocketmq.client.producer.TransactionSendResult;
import org.apache.rocketmq.common.message.Message;
import org.apache.rocketmq.common.message.MessageExt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Marks an order paid and publishes OrderPaid with a RocketMQ transactional message: the broker
 * holds the half message, the local transaction is the conditional UPDATE Paying -> Paid, and the
 * message is delivered only if that update won. If the outcome is lost (crash, timeout), the broker
 * asks back and the answer is read from the order's status. So the order is Paid if and only if
 * exactly one OrderPaid is delivered, with no outbox table to drain.
 *
 * <p>RefundRequested goes the same way: the local transaction is the one that inserts the Refund
 * order (and claims its instance); the check-back finds the order or not. So does ApprovalRequested,
 * with the insert of an order held for its reseller's approval.
 */
@Component
public class TransactionalOrderPaidAnnouncer implements OrderPaidAnnouncer, RefundAnnouncer, ApprovalAnnouncer, DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(TransactionalOrderPaidAnnouncer.class);

  private final OrderMapper orders;
  private final OrderTransitions transitions;
  private final TransactionMQProducer producer;
  private final Clock clock = Clock.systemUTC();

  public TransactionalOrderPaidAnnouncer(OrderMapper orders, OrderTransitions transitions,
      @Value("${cloudtrade.rocketmq}") String nameServer) throws MQClientException {
    this.orders = orders;
    this.transitions = transitions;
    this.producer = new TransactionMQProducer("order-server-order-paid");
    producer.setNamesrvAddr(nameServer);
    producer.setInstanceName("order-server-order-paid-" + System.identityHashCode(this));
    producer.setSendMsgTimeout(5000);
    producer.setTransactionListener(new PaidTransaction());
    producer.start();
  }

  @Override
  public boolean markPaidAndAnnounce(OrderRow order) {
    Instant paidAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    OrderPaidEvent event = OrderEventPayload.of(order, paidAt);
    Message msg = new Message(OrderEvents.TOPIC, OrderEvents.TAG_ORDER_PAID, Long.toString(order.orderId), EventJson.write(event));
    TraceHeaders.inject(msg); // the consumer continues this trace
    try {
      TransactionSendResult r = producer.sendMessageInTransaction(msg, paidAt);
      if (r.getSendStatus() != SendStatus.SEND_OK) {
        throw new IllegalStateException("OrderPaid half message for order " + order.orderId + " not stored: " + r.getSendStatus());
      }
      return r.getLocalTransactionState() == LocalTransactionState.COMMIT_MESSAGE;
    } catch (MQClientException e) {
      throw new IllegalStateException("could not publish OrderPaid for order " + order.orderId + ": " + e.getMessage(), e);
    }
  }

  @Override
  public OrderRow insertAndAnnounce(OrderRow refund, Supplier<OrderRow> insert) {
    return insertAndAnnounce(refund, insert, OrderEvents.TAG_REFUND_REQUESTED);
  }

  @Override
  public OrderRow insertHeldAndAnnounce(OrderRow held, Supplier<OrderRow> insert) {
    return insertAndAnnounce(held, insert, OrderEvents.TAG_APPROVAL_REQUESTED);
  }

  /** Runs {@code insert} as the local transaction of the {@code tag} announcement of {@code order}. */
  private OrderRow insertAndAnnounce(OrderRow order, Supplier<OrderRow> insert, String tag) {
    OrderPaidEvent event = OrderEventPayload.of(order, OrderEvents.TAG_REFUND_REQUESTED.equals(tag) ? order.createdAt : null);
    Message msg = new Message(OrderEvents.TOPIC, tag, Long.toString(order.orderId), EventJson.write(event));
    TraceHeaders.inject(msg); // the consumer continues this trace
    OrderInsert local = new OrderInsert(insert);
    try {
      TransactionSendResult r = producer.sendMessageInTransaction(msg, local);
      if (local.failure != null) {
        throw local.failure;
      }
      if (r.getSendStatus() != SendStatus.SEND_OK || !local.ran) {
        throw new IllegalStateException(tag + " half message for order " + order.orderId + " not stored: " + r.getSendStatus());
      }
      return local.existing;
    } catch (MQClientException e) {
      throw new IllegalStateException("could not announce " + tag + " of order " + order.orderId + ": " + e.getMessage(), e);
    }
  }

  /** An order's insert (a Refund, or an order held for approval), run as the local transaction of its half message. */
  private static final class OrderInsert {
    final Supplier<OrderRow> insert;
    boolean ran;
    OrderRow existing;
    RuntimeException failure;

    OrderInsert(Supplier<OrderRow> insert) {
      this.insert = insert;
    }

    LocalTransactionState run() {
      ran = true;
      try {
        existing = insert.get();
      } catch (RuntimeException e) {
        failure = e;
        return LocalTransactionState.ROLLBACK_MESSAGE;
      }
      // another request with the same ClientToken wrote (and announced) the order first
      return existing == null ? LocalTransactionState.COMMIT_MESSAGE : LocalTransactionState.ROLLBACK_MESSAGE;
    }
  }

  /** The local transaction and the broker's check-back, both decided by the order's status. */
  private final class PaidTransaction implements TransactionListener {
    @Override
    public LocalTransactionState executeLocalTransaction(Message msg, Object arg) {
      if (arg instanceof OrderInsert held) {
        return held.run();
      }
      Object paidAt = arg;
      long orderId = Long.parseLong(msg.getKeys());
      Instant at = (Instant) paidAt;
      // false: another request already moved it (and announced it) - this message must not go out
      return transitions.move(orderId, OrderState.PAYING, OrderState.PAID, at)
          ? LocalTransactionState.COMMIT_MESSAGE
          : LocalTransactionState.ROLLBACK_MESSAGE;
    }

    @Override
    public LocalTransactionState checkLocalTransaction(MessageExt msg) {
      OrderRow o = orders.find(Long.parseLong(msg.getKeys()));
      if (o == null) {
        return LocalTransactionState.ROLLBACK_MESSAGE;
      }
      if (OrderEvents.TAG_REFUND_REQUESTED.equals(msg.getTags())) {
        return "Refund".equals(o.orderType) ? LocalTransactionState.COMMIT_MESSAGE : LocalTransactionState.ROLLBACK_MESSAGE;
      }
      if (OrderEvents.TAG_APPROVAL_REQUESTED.equals(msg.getTags())) {
        return LocalTransactionState.COMMIT_MESSAGE; // written by this half message's insert (another's has another key)
      }
      if (o.paidAt != null) {
        // Paid, and this half message was the one whose local transaction won only if its paid_at
        // is the order's: a losing duplicate carries another timestamp and is rolled back
        Instant announced = EventJson.read(msg.getBody(), OrderPaidEvent.class).getPaidAt();
        return announced.equals(o.paidAt)
            ? LocalTransactionState.COMMIT_MESSAGE
            : LocalTransactionState.ROLLBACK_MESSAGE;
      }
      log.info("OrderPaid check-back for order {} in status {}: not paid", o.orderId, o.status);
      // still Paying: the local transaction may yet commit; anything else never will
      return OrderState.PAYING.wire().equals(o.status) ? LocalTransactionState.UNKNOW : LocalTransactionState.ROLLBACK_MESSAGE;
    }
  }

  @Override
  public void destroy() {
    producer.shutdown();
  }
}
