package io.cloudtrade.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.kernel.Page;
import io.cloudtrade.lifecycle.api.InstanceQuery;
import io.cloudtrade.lifecycle.api.InstanceService;
import io.cloudtrade.lifecycle.api.InstanceStatus;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.order.api.CreateInstanceCommand;
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

  private static void awaitNormal(Platform platform, String instanceId) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      var i = platform.gatewayBean(InstanceService.class).getInstance(DemoData.CUSTOMER_ID, instanceId);
      if (i.isOk() && InstanceStatus.NORMAL.equals(i.value().getStatus())) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("instance " + instanceId + " did not become Normal in 60 s");
  }
}
