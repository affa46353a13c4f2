package io.cloudtrade.lifecycle;

import io.cloudtrade.kernel.Money;
import io.cloudtrade.order.api.OrderPaidEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** What the lifecycle server's integration tests share: accounts, paid orders, and waiting for the broker. */
final class LifecycleFixtures {
  static final Duration PATIENCE = Duration.ofSeconds(60);

  private LifecycleFixtures() {}

  static long newAccount() {
    return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
  }

  /** A New order of one month of a subscription instance, paid at {@code paidAt}. */
  static OrderPaidEvent paidNew(long account, long order, String instanceId, String product, Map<String, String> config,
      Instant paidAt) {
    return new OrderPaidEvent()
        .setOrderId(order)
        .setAccountId(account)
        .setOrderType("New")
        .setInstanceId(instanceId)
        .setProductCode(product)
        .setProductType("instance")
        .setRegion("cn-hangzhou")
        .setSubscriptionType("Subscription")
        .setPeriod(1)
        .setPeriodUnit("Month")
        .setConfig(config)
        .setAmount(Money.of("120.00", "CNY"))
        .setPaidAt(paidAt);
  }

  /** What {@code probe} gives once {@code done} holds; an AssertionError after {@link #PATIENCE}. */
  static <T> T await(String what, Supplier<T> probe, Predicate<T> done) {
    Instant deadline = Instant.now().plus(PATIENCE);
    T last = probe.get();
    while (!done.test(last)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("not reached within " + PATIENCE + ": " + what + "; last seen " + last);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
      last = probe.get();
    }
    return last;
  }
}
