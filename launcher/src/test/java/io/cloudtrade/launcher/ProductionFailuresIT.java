package io.cloudtrade.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.kernel.PageRequest;
import io.cloudtrade.lifecycle.api.InstanceService;
import io.cloudtrade.lifecycle.api.InstanceStatus;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.lifecycle.api.LifecycleOperations;
import io.cloudtrade.lifecycle.api.StuckWork;
import io.cloudtrade.order.api.CreateInstanceCommand;
import io.cloudtrade.order.api.OrderDetail;
import io.cloudtrade.order.api.OrderService;
import io.cloudtrade.order.api.OrderStatus;
import io.cloudtrade.order.api.PlacedOrder;
import io.cloudtrade.payment.api.BalanceService;
import io.cloudtrade.payment.api.DepositRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 6's acceptance line "with the sample control plane failing 20% of productions, every paid
 * order ends either Normal or Failed-and-refunded; nothing stays Creating past its retry budget
 * without an alert", through the whole platform.
 *
 * <p>The launcher passes {@code --key=value} options to every service: the sample control plane
 * fails 20% of its acknowledgements ({@code cloudtrade.control-plane.failure-rate}), and instance
 * lifecycle re-sends an unacknowledged notification after 4 s, 3 sends in all, before it is stuck
 * (small, so that the second test sees the budget spent within its time). The sample control plane
 * serves {@code ecs} only: an {@code rds} order's CREATE is never acknowledged by anyone.
 */
class ProductionFailuresIT {
  static final long ACCOUNT = 6_200_000_001L;
  static final long STUCK_ACCOUNT = 6_200_000_002L;
  static final int ORDERS = 40; // at 20% failures, no failure at all has a chance of 0.8^40 ~ 0.01%
  static final int ATTEMPTS = 3;
  static final long PATIENCE_MILLIS = 180_000; // generous: a loaded 2-core machine; nothing here asserts timing
  static final Set<String> FINAL = Set.of(OrderStatus.DELIVERED, OrderStatus.FAILED);
  static Platform platform;

  @BeforeAll
  static void start() throws Exception {
    Path data = Path.of(System.getProperty("cloudtrade.test.dir", "target/it-data"), "production-failures-" + ProcessHandle.current().pid());
    platform = Platform.start(LauncherOptions.parse("--data-dir=" + data, "--fresh", "--random-ports", "--port=0", "--no-demo-data",
        "--cloudtrade.control-plane.failure-rate=0.2",
        "--cloudtrade.lifecycle.due-work.resend-after=4s",
        "--cloudtrade.lifecycle.due-work.max-resend-interval=4s",
        "--cloudtrade.lifecycle.due-work.max-attempts=" + ATTEMPTS));
    TestAccounts.directCustomer(platform, ACCOUNT);
    TestAccounts.directCustomer(platform, STUCK_ACCOUNT);
  }

  @AfterAll
  static void stop() {
    if (platform != null) {
      platform.close();
    }
  }

  @Test
  void withOneProductionInFiveFailingEveryPaidOrderEndsNormalOrFailedAndRefunded() throws Exception {
    OrderService orders = platform.gatewayBean(OrderService.class);
    InstanceService instances = platform.gatewayBean(InstanceService.class);
    BalanceService balances = platform.gatewayBean(BalanceService.class);
    Money before = fund(balances, ACCOUNT, "1000000.00");

    List<PlacedOrder> placed = new ArrayList<>();
    for (int i = 0; i < ORDERS; i++) {
      placed.add(paidOrder(orders, ACCOUNT, "ecs"));
    }
    await("every order delivered or failed", () -> placed.stream()
        .allMatch(p -> FINAL.contains(orders.getOrder(ACCOUNT, p.getOrderId()).value().getStatus())));

    Money delivered = Money.zero(before.currency());
    int deliveredCount = 0;
    int failedCount = 0;
    for (PlacedOrder p : placed) {
      OrderDetail order = orders.getOrder(ACCOUNT, p.getOrderId()).value();
      // the acknowledgement settles the instance before the order hears of it; a late duplicate must change nothing
      InstanceView instance = instances.getInstance(ACCOUNT, p.getInstanceId()).value();
      if (OrderStatus.DELIVERED.equals(order.getStatus())) {
        assertThat(instance.getStatus()).as("instance of delivered order %s", p.getOrderId()).isEqualTo(InstanceStatus.NORMAL);
        assertThat(instance.getResourceId()).as("resource of %s", p.getInstanceId()).isNotBlank();
        delivered = delivered.plus(order.getAmount());
        deliveredCount++;
      } else {
        assertThat(order.getStatus()).isEqualTo(OrderStatus.FAILED);
        assertThat(instance.getStatus()).as("instance of failed order %s", p.getOrderId()).isEqualTo(InstanceStatus.FAILED);
        failedCount++;
      }
    }
    assertThat(deliveredCount).as("delivered orders").isPositive();
    assertThat(failedCount).as("failed orders").isPositive();

    // every failed order's full amount is back: only the delivered ones cost anything, to the cent
    Money expected = before.minus(delivered);
    await("the failed orders' money back in the balance", () -> available(balances, ACCOUNT).equals(expected));
    assertThat(available(balances, ACCOUNT)).isEqualTo(expected);

    // nothing left Creating, nothing waiting for an operator
    for (PlacedOrder p : placed) {
      assertThat(instances.getInstance(ACCOUNT, p.getInstanceId()).value().getStatus()).as(p.getInstanceId())
          .isNotEqualTo(InstanceStatus.CREATING);
    }
    assertThat(stuck()).as("stuck production work").noneMatch(w -> "ecs".equals(w.getProductCode()));
  }

  @Test
  void aCreationNobodyAcknowledgesIsListedAsStuckOnceItsAttemptsAreSpent() throws Exception {
    OrderService orders = platform.gatewayBean(OrderService.class);
    InstanceService instances = platform.gatewayBean(InstanceService.class);
    BalanceService balances = platform.gatewayBean(BalanceService.class);
    fund(balances, STUCK_ACCOUNT, "100000.00");

    PlacedOrder placed = paidOrder(orders, STUCK_ACCOUNT, "rds"); // no control plane serves rds
    await("the rds creation listed as stuck", () -> stuck().stream().anyMatch(w -> placed.getInstanceId().equals(w.getInstanceId())));

    StuckWork work = stuck().stream().filter(w -> placed.getInstanceId().equals(w.getInstanceId())).findFirst().orElseThrow();
    assertThat(work.getOrderId()).isEqualTo(placed.getOrderId());
    assertThat(work.getProductCode()).isEqualTo("rds");
    assertThat(work.getAction()).isEqualTo("CREATE");
    assertThat(work.getAttempts()).isEqualTo(ATTEMPTS);
    assertThat(work.getStuckSince()).isNotNull();
    assertThat(work.getFirstSentAt()).isBeforeOrEqualTo(work.getLastSentAt());
    // still Creating (the resource may exist), not refunded: an operator decides
    assertThat(instances.getInstance(STUCK_ACCOUNT, placed.getInstanceId()).value().getStatus()).isEqualTo(InstanceStatus.CREATING);
    assertThat(orders.getOrder(STUCK_ACCOUNT, placed.getOrderId()).value().getStatus()).isIn(OrderStatus.PAID, OrderStatus.DELIVERING);
  }

  /** Opens the account's balance with {@code cash} in it; what is available then. */
  static Money fund(BalanceService balances, long account, String cash) {
    Outcome<?> opened = balances.openAccount(account, "CNY");
    assertThat(opened.isOk()).as(String.valueOf(opened)).isTrue();
    Outcome<?> deposited = balances.deposit(new DepositRequest().setAccountId(account).setAmount(Money.of(cash, "CNY"))
        .setReference("production-failures-it-" + account));
    assertThat(deposited.isOk()).as(String.valueOf(deposited)).isTrue();
    return available(balances, account);
  }

  static Money available(BalanceService balances, long account) {
    return balances.queryBalance(account).value().getAvailableAmount();
  }

  static PlacedOrder paidOrder(OrderService orders, long account, String product) {
    Outcome<PlacedOrder> o = orders.createInstance(new CreateInstanceCommand().setAccountId(account)
        .setClientToken(UUID.randomUUID().toString()).setProductCode(product).setSubscriptionType("Subscription").setPeriod(1)
        .setPeriodUnit("Month").setConfig(new HashMap<>()).setPayNow(true));
    assertThat(o.isOk()).as(String.valueOf(o)).isTrue();
    return o.value();
  }

  static List<StuckWork> stuck() {
    return platform.gatewayBean(LifecycleOperations.class).listStuckWork(PageRequest.of(1, PageRequest.MAX_PAGE_SIZE)).value().items();
  }

  static void await(String what, BooleanSupplier done) throws InterruptedException {
    long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
    while (!done.getAsBoolean()) {
      assertThat(System.currentTimeMillis()).as("timed out waiting: " + what).isLessThan(deadline);
      Thread.sleep(250);
    }
  }
}
