package io.cloudtrade.monitoringagent.rocketmq;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.monitoringagent.Span;
import io.cloudtrade.monitoringagent.TraceContext;
import io.cloudtrade.monitoringagent.TraceScope;
import java.util.List;
import org.apache.rocketmq.client.hook.ConsumeMessageContext;
import org.apache.rocketmq.client.hook.SendMessageContext;
import org.apache.rocketmq.common.message.Message;
import org.apache.rocketmq.common.message.MessageAccessor;
import org.apache.rocketmq.common.message.MessageDecoder;
import org.apache.rocketmq.common.message.MessageExt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class TraceHeadersTest {
  @AfterEach
  void clean() {
    assertThat(TraceContext.current()).isNull();
    assertThat(MDC.get("traceId")).isNull();
  }

  /** The message as a consumer gets it: properties through RocketMQ's own encoding. */
  private static MessageExt delivered(Message sent) {
    MessageExt m = new MessageExt();
    m.setTopic(sent.getTopic());
    m.setBody(sent.getBody());
    String encoded = MessageDecoder.messageProperties2String(sent.getProperties());
    MessageAccessor.setProperties(m, MessageDecoder.string2messageProperties(encoded));
    return m;
  }

  @Test
  void theConsumerContinuesTheProducersTraceAsAChildOfItsSpan() {
    Message msg = new Message("order-events", "OrderPaid", "o-1", new byte[] {1});
    Span producer;
    try (TraceScope scope = TraceContext.startSpan()) {
      producer = scope.span();
      assertThat(TraceHeaders.inject(msg)).isTrue();
    }
    assertThat(msg.getUserProperty("ctTraceId")).isEqualTo(producer.traceId());

    try (TraceScope consumer = TraceHeaders.extract(delivered(msg))) {
      assertThat(consumer.span().traceId()).isEqualTo(producer.traceId());
      assertThat(consumer.span().parentSpanId()).isEqualTo(producer.spanId());
      assertThat(MDC.get("traceId")).isEqualTo(producer.traceId());
    }
  }

  @Test
  void withoutATraceNothingIsInjectedAndTheConsumerStartsOne() {
    Message msg = new Message("order-events", new byte[] {1});
    assertThat(TraceHeaders.inject(msg)).isFalse();
    assertThat(msg.getUserProperty("ctTraceId")).isNull();
    try (TraceScope consumer = TraceHeaders.extract(delivered(msg))) {
      assertThat(consumer.span().traceId()).matches("[0-9a-f]{32}");
      assertThat(consumer.span().parentSpanId()).isNull();
    }
  }

  @Test
  void theHooksDoTheSameAroundSendAndConsume() {
    Message msg = new Message("order-events", new byte[] {1});
    SendMessageContext send = new SendMessageContext();
    send.setMessage(msg);
    Span producer;
    try (TraceScope scope = TraceContext.startSpan()) {
      producer = scope.span();
      new TracingSendMessageHook().sendMessageBefore(send);
    }
    ConsumeMessageContext consume = new ConsumeMessageContext();
    consume.setMsgList(List.of(delivered(msg)));
    TracingConsumeMessageHook hook = new TracingConsumeMessageHook();
    hook.consumeMessageBefore(consume);
    Span handler = TraceContext.current();
    hook.consumeMessageAfter(consume);
    assertThat(handler.traceId()).isEqualTo(producer.traceId());
    assertThat(handler.parentSpanId()).isEqualTo(producer.spanId());
  }
}
