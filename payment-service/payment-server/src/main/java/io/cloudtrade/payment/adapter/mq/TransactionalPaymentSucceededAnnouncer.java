package io.cloudtrade.payment.adapter.mq;

import io.cloudtrade.kernel.Money;
import io.cloudtrade.monitoringagent.rocketmq.TraceHeaders;
import io.cloudtrade.payment.api.ChannelPayments;
import io.cloudtrade.payment.api.PaymentSucceededEvent;
import io.cloudtrade.payment.application.PaymentSucceededAnnouncer;
import io.cloudtrade.payment.domain.ChannelPaymentState;
import io.cloudtrade.payment.persistence.ChannelPaymentMapper;
import io.cloudtrade.payment.persistence.ChannelPaymentRow;
import io.cloudtrade.support.EventJson;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.rocketmq.client.exception.MQClientException;
import org.apache.rocketmq.client.producer.LocalTransactionState;
import org.apache.rocketmq.client.producer.SendStatus;
import org.apache.rocketmq.client.producer.TransactionListener;
import org.apache.rocketmq.client.producer.TransactionMQProducer;
import org.apache.rocketmq.client.producer.TransactionSendResult;
import org.apache.rocketmq.common.message.Message;
import org.apache.rocketmq.common.message.MessageExt;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Payment success reaches the order service as a RocketMQ transactional message, chosen over an
 * outbox table: the broker holds the half message while the local transaction - the conditional
 * UPDATE open -> Succeeded - runs, and delivers it only if that update won. A lost outcome (crash,
 * timeout) is asked back by the broker and answered from the payment's row: Succeeded with this
 * message's paid time -> commit; anything else -> roll back (still open: unknown, ask again). So the
 * event is delivered exactly when the payment became Succeeded, never for a notify replayed or a
 * second query, and nothing is left to drain.
 */
@Component
public class TransactionalPaymentSucceededAnnouncer implements PaymentSucceededAnnouncer, DisposableBean {
  private final ChannelPaymentMapper payments;
  private final TransactionMQProducer producer;
  private final Clock clock = Clock.systemUTC();

  public TransactionalPaymentSucceededAnnouncer(ChannelPaymentMapper payments, @Value("${cloudtrade.rocketmq}") String nameServer)
      throws MQClientException {
    this.payments = payments;
    this.producer = new TransactionMQProducer("payment-server-payment-succeeded");
    producer.setNamesrvAddr(nameServer);
    producer.setInstanceName("payment-server-payment-succeeded-" + System.identityHashCode(this));
    producer.setSendMsgTimeout(5000);
    producer.setTransactionListener(new SucceededTransaction());
    producer.start();
  }

  @Override
  public boolean markSucceededAndAnnounce(ChannelPaymentRow p, ChannelPaymentState from, String channelTradeNo, Instant paidAt) {
    PaymentSucceededEvent event = new PaymentSucceededEvent()
        .setPaymentId(p.paymentId)
        .setOrderId(p.orderId)
        .setAccountId(p.accountId)
        .setChannel(p.channel)
        .setAmount(Money.ofMinor(p.amountMinor, p.currency))
        .setChannelTradeNo(channelTradeNo)
        .setPaidAt(paidAt);
    Message msg = new Message(ChannelPayments.EVENTS_TOPIC, ChannelPayments.TAG_SUCCEEDED, Long.toString(p.paymentId),
        EventJson.write(event));
    TraceHeaders.inject(msg); // the consumer continues this trace
    Object[] local = {from, channelTradeNo, paidAt};
    try {
      TransactionSendResult r = producer.sendMessageInTransaction(msg, local);
      if (r.getSendStatus() != SendStatus.SEND_OK) {
        throw new IllegalStateException("PaymentSucceeded half message of payment " + p.paymentId + " not stored: " + r.getSendStatus());
      }
      return r.getLocalTransactionState() == LocalTransactionState.COMMIT_MESSAGE;
    } catch (MQClientException e) {
      throw new IllegalStateException("could not announce payment " + p.paymentId + ": " + e.getMessage(), e);
    }
  }

  private final class SucceededTransaction implements TransactionListener {
    @Override
    public LocalTransactionState executeLocalTransaction(Message msg, Object arg) {
      Object[] local = (Object[]) arg;
      ChannelPaymentState from = (ChannelPaymentState) local[0];
      if (!from.canBecome(ChannelPaymentState.SUCCEEDED)) {
        return LocalTransactionState.ROLLBACK_MESSAGE;
      }
      int moved = payments.transition(Long.parseLong(msg.getKeys()), from.wire(), ChannelPaymentState.SUCCEEDED.wire(),
          (String) local[1], (Instant) local[2], null, clock.instant().truncatedTo(ChronoUnit.MILLIS));
      return moved == 1 ? LocalTransactionState.COMMIT_MESSAGE : LocalTransactionState.ROLLBACK_MESSAGE;
    }

    @Override
    public LocalTransactionState checkLocalTransaction(MessageExt msg) {
      ChannelPaymentRow p = payments.find(Long.parseLong(msg.getKeys()));
      if (p == null) {
        return LocalTransactionState.ROLLBACK_MESSAGE;
      }
      if (ChannelPaymentState.SUCCEEDED.wire().equals(p.status)) {
        Instant announced = EventJson.read(msg.getBody(), PaymentSucceededEvent.class).getPaidAt();
        return announced.equals(p.paidAt) ? LocalTransactionState.COMMIT_MESSAGE : LocalTransactionState.ROLLBACK_MESSAGE;
      }
      return ChannelPaymentState.ofWire(p.status).isOpen() ? LocalTransactionState.UNKNOW : LocalTransactionState.ROLLBACK_MESSAGE;
    }
  }

  @Override
  public void destroy() {
    producer.shutdown();
  }
}
