package io.cloudtrade.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.kernel.Page;
import io.cloudtrade.lifecycle.api.InstanceQuery;
import io.cloudtrade.lifecycle.api.InstanceService;
import io.cloudtrade.lifecycle.api.InstanceStatus;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.order.api.CreateInstanceCommand;
import io.cloudtrade.order.api.ModifyInstanceCommand;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Predicate;
import io.cloudtrade.order.api.OrderService;
import io.cloudtrade.order.api.PlacedOrder;
import io.cloudtrade.payment.api.BalanceService;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Stop the whole platform and start it again on the same data: what was bought is still there. */
class RestartKeepsDataIT {
  @Test
  void aPurchaseSurvivesARestartAndDemoDataIsNotSeededTwice() throws Exception {
    Path data = Path.of(System.getProperty("cloudtrade.test.dir", "target/it-data"), "restart-" + ProcessHandle.current().pid());
    LauncherOptions options = LauncherOptions.parse("--data-dir=" + data, "--fresh", "--random-ports", "--port=0");
    String instanceId;
    String balanceAfterPurchase;
    try (Platform first = Platform.start(options)) {
      PlacedOrder order = first.gatewayBean(OrderService.class).createInstance(new CreateInstanceCommand()
          .setAccountId(DemoData.CUSTOMER_ID).setClientToken(UUID.randomUUID().toString()).setProductCode("ecs")
          .setSubscriptionType("Subscription").setPeriod(1).setPeriodUnit("Month").setConfig(new HashMap<>()).setPayNow(true)).value();
      instanceId = order.getInstanceId();
      awaitNormal(first, instanceId);
      balanceAfterPurchase = first.gatewayBean(BalanceService.class).queryBalance(DemoData.CUSTOMER_ID).value().getAvailableAmount().toPlainString();
    }
    LauncherOptions again = LauncherOptions.parse("--data-dir=" + data, "--random-ports", "--port=0");
    try (Platform second = Platform.start(again)) {
      Page<InstanceView> page = second.gatewayBean(InstanceService.class)
          .queryInstances(new InstanceQuery().setAccountId(DemoData.CUSTOMER_ID).setPageNum(1).setPageSize(50)).value();
      assertThat(page.items()).anyMatch(i -> i.getInstanceId().equals(instanceId) && InstanceStatus.NORMAL.equals(i.getStatus()));
      assertThat(second.gatewayBean(BalanceService.class).queryBalance(DemoData.CUSTOMER_ID).value().getAvailableAmount().toPlainString())
          .isEqualTo(balanceAfterPurchase);
    }
  }

  /**
   * A temporary upgrade whose window ends while the whole platform is stopped reverts, to exactly
   * the specification it replaced, once the platform is back.
   */
  @Test
  void aTemporaryUpgradeRevertsAtItsEndEvenAcrossARestart() throws Exception {
    Path data = Path.of(System.getProperty("cloudtrade.test.dir", "target/it-data"), "restart-temporary-" + ProcessHandle.current().pid());
    LauncherOptions options = LauncherOptions.parse("--data-dir=" + data, "--fresh", "--random-ports", "--port=0");
    String instanceId;
    Map<String, String> before;
    Instant windowEnd;
    try (Platform first = Platform.start(options)) {
      OrderService orders = first.gatewayBean(OrderService.class);
      instanceId = orders.createInstance(new CreateInstanceCommand()
          .setAccountId(DemoData.CUSTOMER_ID).setClientToken(UUID.randomUUID().toString()).setProductCode("ecs")
          .setSubscriptionType("Subscription").setPeriod(1).setPeriodUnit("Month").setConfig(new HashMap<>()).setPayNow(true))
          .value().getInstanceId();
      before = awaitNormal(first, instanceId).getSpec();
      windowEnd = Instant.now().plusSeconds(8).truncatedTo(ChronoUnit.MILLIS);
      Outcome<PlacedOrder> temporary = orders.modifyInstance(new ModifyInstanceCommand().setAccountId(DemoData.CUSTOMER_ID)
          .setClientToken(UUID.randomUUID().toString()).setInstanceId(instanceId).setModifyType("TemporaryUpgrade")
          .setConfig(new HashMap<>(Map.of("InstanceType", "ecs.g7.xlarge"))).setWindowEnd(windowEnd).setPayNow(true));
      assertThat(temporary.isOk()).as(String.valueOf(temporary)).isTrue();
      InstanceView upgraded = await(first, instanceId, i -> i.getSpecVersion() == 2);
      assertThat(upgraded.getSpec()).containsEntry("InstanceType", "ecs.g7.xlarge");
      assertThat(Instant.now()).as("the window must still be open when the platform stops").isBefore(windowEnd);
    }
    while (Instant.now().isBefore(windowEnd.plusSeconds(1))) {
      Thread.sleep(200);
    }
    LauncherOptions again = LauncherOptions.parse("--data-dir=" + data, "--random-ports", "--port=0");
    try (Platform second = Platform.start(again)) {
      InstanceView reverted = await(second, instanceId, i -> i.getSpecVersion() == 3);
      assertThat(reverted.getSpec()).isEqualTo(before);
      assertThat(reverted.getStatus()).isEqualTo(InstanceStatus.NORMAL);
    }
  }

  private static InstanceView await(Platform platform, String instanceId, Predicate<InstanceView> done) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 120_000;
    InstanceView last = null;
    while (System.currentTimeMillis() < deadline) {
      var i = platform.gatewayBean(InstanceService.class).getInstance(DemoData.CUSTOMER_ID, instanceId);
      last = i.isOk() ? i.value() : null;
      if (last != null && done.test(last)) {
        return last;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("instance " + instanceId + " did not get there in 120 s: " + last);
  }

  private static InstanceView awaitNormal(Platform platform, String instanceId) throws InterruptedException {
    return await(platform, instanceId, i -> InstanceStatus.NORMAL.equals(i.getStatus()));
  }
}
