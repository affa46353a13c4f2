package io.cloudtrade.monitoringagent.rocketmq;

import org.apache.rocketmq.client.hook.SendMessageContext;
import org.apache.rocketmq.client.hook.SendMessageHook;

/**
 * {@link TraceHeaders#inject} on every message a producer sends (before its properties are
 * encoded). Register once: {@code
 * producer.getDefaultMQProducerImpl().registerSendMessageHook(new TracingSendMessageHook())}. A
 * {@code MessageBatch} gets the ids on the batch only.
 */
public final class TracingSendMessageHook implements SendMessageHook {
  @Override
  public String hookName() {
    return "cloudtrade-trace";
  }

  @Override
  public void sendMessageBefore(SendMessageContext context) {
    if (context.getMessage() != null) {
      TraceHeaders.inject(context.getMessage());
    }
  }

  @Override
  public void sendMessageAfter(SendMessageContext context) {}
}
