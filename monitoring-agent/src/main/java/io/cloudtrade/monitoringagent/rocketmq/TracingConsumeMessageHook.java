package io.cloudtrade.monitoringagent.rocketmq;

import io.cloudtrade.monitoringagent.TraceScope;
import java.util.List;
import org.apache.rocketmq.client.hook.ConsumeMessageContext;
import org.apache.rocketmq.client.hook.ConsumeMessageHook;
import org.apache.rocketmq.common.message.MessageExt;

/**
 * {@link TraceHeaders#extract} around a push consumer's listener: the span is current while the
 * listener runs (the client calls before, the listener and after on one thread). Register once:
 * {@code consumer.getDefaultMQPushConsumerImpl().registerConsumeMessageHook(new
 * TracingConsumeMessageHook())}. With a batch of several messages (consumeMessageBatchMaxSize above
 * 1), the first message's trace is used; extract per message in the listener for more.
 */
public final class TracingConsumeMessageHook implements ConsumeMessageHook {
  private static final ThreadLocal<TraceScope> SCOPE = new ThreadLocal<>();

  @Override
  public String hookName() {
    return "cloudtrade-trace";
  }

  @Override
  public void consumeMessageBefore(ConsumeMessageContext context) {
    List<MessageExt> messages = context.getMsgList();
    if (messages == null || messages.isEmpty()) {
      return;
    }
    close(); // a scope left open by a missed after: never leak it into this message
    SCOPE.set(TraceHeaders.extract(messages.get(0)));
  }

  @Override
  public void consumeMessageAfter(ConsumeMessageContext context) {
    close();
  }

  private static void close() {
    TraceScope scope = SCOPE.get();
    if (scope != null) {
      SCOPE.remove();
      scope.close();
    }
  }
}
