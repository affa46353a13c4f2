package io.cloudtrade.support;

import io.cloudtrade.monitoringagent.CallKind;
import io.cloudtrade.monitoringagent.RequestMetrics;
import io.cloudtrade.monitoringagent.RequestRecorder;
import io.cloudtrade.monitoringagent.TraceScope;
import io.cloudtrade.monitoringagent.rocketmq.TraceHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.rocketmq.client.consumer.DefaultMQPushConsumer;
import org.apache.rocketmq.client.consumer.listener.ConsumeConcurrentlyStatus;
import org.apache.rocketmq.client.consumer.listener.MessageListenerConcurrently;
import org.apache.rocketmq.client.exception.MQClientException;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.client.producer.SendResult;
import org.apache.rocketmq.client.producer.SendStatus;
import org.apache.rocketmq.common.message.Message;
import org.apache.rocketmq.common.message.MessageExt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * JSON events over RocketMQ (classic remoting client): one producer per server, and consumers that
 * decode the payload and hand it to a handler. A handler that throws makes RocketMQ redeliver the
 * message later, so handlers must be idempotent.
 *
 * <p>The trace travels with the event: a message published inside a trace carries its ids as user
 * properties ({@link TraceHeaders}), and its handler runs in a span that continues it (a new trace
 * when the message carries none). Each handled message is one request-log line and one sample of
 * the {@code cloudtrade.requests} timer, kind {@code message}, service = the topic, operation = the
 * subscription's name (an exception is an ERROR, and the message is redelivered).
 */
public class Events implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(Events.class);

  private final String nameServer;
  private final String groupPrefix;
  private final DefaultMQProducer producer;
  private final RequestRecorder recorder;
  private final List<DefaultMQPushConsumer> consumers = new ArrayList<>();

  /** Without the monitoring agent's bean (tests, tools): handled messages are recorded by a standalone recorder. */
  public Events(String nameServer, String serviceName) throws MQClientException {
    this(nameServer, serviceName, RequestRecorder.standalone());
  }

  public Events(String nameServer, String serviceName, RequestRecorder recorder) throws MQClientException {
    this.recorder = recorder;
    this.nameServer = nameServer;
    this.groupPrefix = serviceName;
    this.producer = new DefaultMQProducer(serviceName + "-producer");
    producer.setNamesrvAddr(nameServer);
    producer.setInstanceName(serviceName + "-" + System.identityHashCode(this));
    producer.setSendMsgTimeout(5000);
    producer.setRetryTimesWhenSendFailed(2);
    producer.start();
  }

  /** Sends synchronously; throws when the broker did not store the message. */
  public void publish(String topic, String tag, String key, Object payload) {
    Message msg = new Message(topic, tag, key, EventJson.write(payload));
    TraceHeaders.inject(msg);
    try {
      SendResult r = producer.send(msg);
      if (r.getSendStatus() != SendStatus.SEND_OK) {
        throw new IllegalStateException("event " + topic + "/" + tag + " " + key + " not stored: " + r.getSendStatus());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while publishing " + topic, e);
    } catch (Exception e) {
      throw new IllegalStateException("failed to publish " + topic + "/" + tag + " " + key + ": " + e.getMessage(), e);
    }
  }

  /**
   * Subscribes a handler to a topic and tag expression, in the consumer group {@code
   * <service>-<name>}.
   */
  public <T> void subscribe(String name, String topic, String tags, Class<T> type, Consumer<T> handler)
      throws MQClientException {
    DefaultMQPushConsumer consumer = new DefaultMQPushConsumer(groupPrefix + "-" + name);
    consumer.setNamesrvAddr(nameServer);
    consumer.setInstanceName(groupPrefix + "-" + name + "-" + System.identityHashCode(this));
    // a lost first heartbeat otherwise delays the first delivery by ~20 s
    consumer.setHeartbeatBrokerInterval(1000);
    consumer.setConsumeThreadMin(4);
    consumer.setConsumeThreadMax(8);
    consumer.subscribe(topic, tags);
    RequestMetrics.Operation op = recorder.operation(topic, name);
    consumer.registerMessageListener(
        (MessageListenerConcurrently)
            (msgs, ctx) -> {
              for (MessageExt m : msgs) {
                try {
                  handle(m, type, handler, op);
                } catch (RuntimeException e) {
                  log.warn("event {}/{} {} failed (attempt {}), will be redelivered: {}",
                      m.getTopic(), m.getTags(), m.getKeys(), m.getReconsumeTimes() + 1, e.toString());
                  return ConsumeConcurrentlyStatus.RECONSUME_LATER;
                }
              }
              return ConsumeConcurrentlyStatus.CONSUME_SUCCESS;
            });
    consumer.start();
    synchronized (consumers) {
      consumers.add(consumer);
    }
  }

  /** Hands one message to the handler in a span that continues the publisher's trace, and records it. */
  private <T> void handle(MessageExt m, Class<T> type, Consumer<T> handler, RequestMetrics.Operation op) {
    try (TraceScope scope = TraceHeaders.extract(m)) {
      long startMillis = System.currentTimeMillis();
      long start = System.nanoTime();
      T event = null;
      try {
        event = EventJson.read(m.getBody(), type);
        handler.accept(event);
      } catch (RuntimeException | Error e) {
        recorder.record(op, CallKind.MESSAGE, scope.span(), startMillis, System.nanoTime() - start,
            new Object[] {event}, null, null, e);
        throw e;
      }
      recorder.record(op, CallKind.MESSAGE, scope.span(), startMillis, System.nanoTime() - start,
          new Object[] {event}, null, null, null);
    }
  }

  public DefaultMQProducer producer() {
    return producer;
  }

  @Override
  public void destroy() {
    synchronized (consumers) {
      consumers.forEach(DefaultMQPushConsumer::shutdown);
      consumers.clear();
    }
    producer.shutdown();
  }
}
