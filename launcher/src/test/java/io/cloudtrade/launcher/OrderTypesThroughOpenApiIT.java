package io.cloudtrade.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aliyun.bssopenapi20171214.Client;
import com.aliyun.bssopenapi20171214.models.CancelOrderRequest;
import com.aliyun.bssopenapi20171214.models.CreateInstanceRequest;
import com.aliyun.bssopenapi20171214.models.GetOrderDetailRequest;
import com.aliyun.bssopenapi20171214.models.InquiryPriceRefundInstanceRequest;
import com.aliyun.bssopenapi20171214.models.ModifyInstanceRequest;
import com.aliyun.bssopenapi20171214.models.QueryAvailableInstancesRequest;
import com.aliyun.bssopenapi20171214.models.RefundInstanceRequest;
import com.aliyun.bssopenapi20171214.models.ReleaseInstanceRequest;
import com.aliyun.bssopenapi20171214.models.RenewChangeInstanceRequest;
import com.aliyun.bssopenapi20171214.models.SetRenewalRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.lifecycle.api.InstanceService;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.order.api.CreateInstanceCommand;
import io.cloudtrade.order.api.OrderDetail;
import io.cloudtrade.order.api.OrderService;
import io.cloudtrade.order.api.PlacedOrder;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every order type after the purchase, end to end through Alibaba Cloud's official BSS SDK: the
 * catalog prorates, the order service charges and claims the instance, instance lifecycle applies
 * the change as the next specification version through the sample control plane, and the order
 * follows it to Delivered (or Refunded), with the balance moving by exactly the order's amounts.
 */
class OrderTypesThroughOpenApiIT {
  static Platform platform;
  static Client customer;

  @BeforeAll
  static void start() throws Exception {
    Path data = Path.of(System.getProperty("cloudtrade.test.dir", "target/it-data"), "order-types-" + ProcessHandle.current().pid());
    platform = Platform.start(LauncherOptions.parse("--data-dir=" + data, "--fresh", "--random-ports", "--port=0"));
    customer = new Client(new Config().setAccessKeyId(DemoData.CUSTOMER_ACCESS_KEY).setAccessKeySecret(DemoData.CUSTOMER_SECRET)
        .setEndpoint("127.0.0.1:" + platform.gatewayPort()).setProtocol("HTTP"));
  }

  @AfterAll
  static void stop() {
    if (platform != null) {
      platform.close();
    }
  }

  static BigDecimal balance() throws Exception {
    return new BigDecimal(customer.queryAccountBalance().getBody().getData().getAvailableAmount());
  }

  /** Buys an ecs.g7.large for a month and waits until it runs. */
  static String runningEcs() throws Exception {
    String instanceId = customer.createInstance(new CreateInstanceRequest().setProductCode("ecs").setSubscriptionType("Subscription")
        .setPeriod(1).setClientToken(UUID.randomUUID().toString())).getBody().getData().getInstanceId();
    awaitInstance(instanceId, i -> "Normal".equals(i.getStatus()));
    return instanceId;
  }

  static ModifyInstanceRequest modify(String instanceId, String type, String instanceType) {
    return new ModifyInstanceRequest().setProductCode("ecs").setSubscriptionType("Subscription").setInstanceId(instanceId)
        .setModifyType(type).setClientToken(UUID.randomUUID().toString())
        .setParameter(List.of(new ModifyInstanceRequest.ModifyInstanceRequestParameter().setCode("InstanceType").setValue(instanceType)));
  }

  static InstanceView awaitInstance(String instanceId, Predicate<InstanceView> done) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 60_000;
    InstanceView v = null;
    while (System.currentTimeMillis() < deadline) {
      Outcome<InstanceView> found = platform.gatewayBean(InstanceService.class).getInstance(DemoData.CUSTOMER_ID, instanceId);
      v = found.isOk() ? found.value() : null;
      if (v != null && done.test(v)) {
        return v;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("instance " + instanceId + " did not get there in 60 s: " + v);
  }

  static OrderDetail awaitOrder(String orderId, String status) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 60_000;
    OrderDetail d = null;
    while (System.currentTimeMillis() < deadline) {
      d = platform.gatewayBean(OrderService.class).getOrder(DemoData.CUSTOMER_ID, Long.parseLong(orderId)).value();
      if (status.equals(d.getStatus())) {
        return d;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("order " + orderId + " is " + (d == null ? null : d.getStatus()) + ", not " + status + ", after 60 s");
  }

  static BigDecimal pretaxAmount(String orderId) throws Exception {
    return new BigDecimal(customer.getOrderDetail(new GetOrderDetailRequest().setOrderId(orderId)).getBody().getData()
        .getOrderList().getOrder().get(0).getPretaxAmount());
  }

  @Test
  void anUpgradeIsProratedChargedAndAppliedAsTheNextSpecificationVersionThenADowngradeRefunds() throws Exception {
    String instanceId = runningEcs();
    BigDecimal before = balance();
    String upgrade = customer.modifyInstance(modify(instanceId, "Upgrade", "ecs.g7.xlarge")).getBody().getData().getOrderId();
    BigDecimal charged = pretaxAmount(upgrade);
    // 596.00 - 298.00 for the whole month, a little less for the rest of it
    assertThat(charged).isPositive().isLessThanOrEqualTo(new BigDecimal("298.00"));
    assertThat(balance()).isEqualByComparingTo(before.subtract(charged));
    InstanceView upgraded = awaitInstance(instanceId, i -> i.getSpecVersion() == 2);
    assertThat(upgraded.getSpec()).containsEntry("InstanceType", "ecs.g7.xlarge");
    assertThat(upgraded.getStatus()).isEqualTo("Normal");
    OrderDetail delivered = awaitOrder(upgrade, "Delivered");
    assertThat(delivered.getOrderType()).isEqualTo("Upgrade");
    var wire = customer.getOrderDetail(new GetOrderDetailRequest().setOrderId(upgrade)).getBody().getData().getOrderList().getOrder().get(0);
    assertThat(wire.getOrderType()).isEqualTo("Upgrade");
    assertThat(wire.getPaymentStatus()).isEqualTo("Paid");

    BigDecimal beforeDowngrade = balance();
    String downgrade = customer.modifyInstance(modify(instanceId, "Downgrade", "ecs.g7.large")).getBody().getData().getOrderId();
    OrderDetail down = awaitOrder(downgrade, "Delivered");
    assertThat(awaitInstance(instanceId, i -> i.getSpecVersion() == 3).getSpec()).containsEntry("InstanceType", "ecs.g7.large");
    BigDecimal refunded = down.getRefundAmount().toBigDecimal();
    assertThat(refunded).isPositive().isLessThanOrEqualTo(charged);
    assertThat(balance()).isEqualByComparingTo(beforeDowngrade.add(refunded));
  }

  @Test
  void concurrentUpgradesOfOneInstanceLetOneWinAndKeepTheHistoryLinear() throws Exception {
    String instanceId = runningEcs();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Object> answers = new ArrayList<>();
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        futures.add(pool.submit(() -> {
          try {
            return customer.modifyInstance(modify(instanceId, "Upgrade", "ecs.g7.xlarge")).getBody().getData().getOrderId();
          } catch (TeaException e) {
            return e.getCode();
          }
        }));
      }
      for (Future<Object> f : futures) {
        answers.add(f.get());
      }
    } finally {
      pool.shutdown();
    }
    assertThat(answers).filteredOn(a -> !"InstanceChangeInProgress".equals(a)).hasSize(1);
    String winner = (String) answers.stream().filter(a -> !"InstanceChangeInProgress".equals(a)).findFirst().orElseThrow();
    awaitOrder(winner, "Delivered");
    InstanceView after = awaitInstance(instanceId, i -> i.getSpecVersion() >= 2);
    assertThat(after.getSpecVersion()).isEqualTo(2);
    Thread.sleep(1000);
    assertThat(awaitInstance(instanceId, i -> true).getSpecVersion()).isEqualTo(2);
  }

  @Test
  void anUnsubscribedInstanceIsReleasedAndTheQuotedRefundGoesBack() throws Exception {
    String instanceId = runningEcs();
    var price = customer.inquiryPriceRefundInstance(new InquiryPriceRefundInstanceRequest().setInstanceId(instanceId)
        .setProductCode("ecs").setClientToken(UUID.randomUUID().toString())).getBody().getData();
    BigDecimal quoted = BigDecimal.valueOf(price.getRefundAmount());
    BigDecimal paid = platform.gatewayBean(OrderService.class).priceRefund(DemoData.CUSTOMER_ID, instanceId).value().getPaid().toBigDecimal();
    // bought a moment ago: nearly all of it comes back, never more than was paid
    assertThat(quoted).isLessThanOrEqualTo(paid).isGreaterThan(paid.multiply(new BigDecimal("0.99")));
    assertThat(price.getCurrency()).isEqualTo("CNY");
    BigDecimal before = balance();
    String refund = customer.refundInstance(new RefundInstanceRequest().setInstanceId(instanceId).setProductCode("ecs")
        .setClientToken(UUID.randomUUID().toString()).setImmediatelyRelease("1")).getBody().getData().getOrderId().toString();
    OrderDetail refunded = awaitOrder(refund, "Refunded");
    assertThat(awaitInstance(instanceId, i -> "Released".equals(i.getStatus())).getStatus()).isEqualTo("Released");
    BigDecimal back = refunded.getRefundAmount().toBigDecimal();
    assertThat(back).isPositive();
    // the order's refund is computed a moment after the inquiry: never more than what was quoted
    assertThat(back).isLessThanOrEqualTo(quoted);
    assertThat(balance()).isEqualByComparingTo(before.add(back));
    assertThatThrownBy(() -> customer.modifyInstance(modify(instanceId, "Upgrade", "ecs.g7.xlarge")))
        .isInstanceOfSatisfying(TeaException.class, e -> assertThat(e.getCode()).isEqualTo("InstanceNotModifiable"));
  }

  @Test
  void aPayAsYouGoInstanceIsReleasedThroughTheOpenApiASubscriptionIsNot() throws Exception {
    String payg = customer.createInstance(new CreateInstanceRequest().setProductCode("ecs").setSubscriptionType("PayAsYouGo")
        .setClientToken(UUID.randomUUID().toString())).getBody().getData().getInstanceId();
    awaitInstance(payg, i -> "Normal".equals(i.getStatus()));
    String subscription = runningEcs();

    assertThatThrownBy(() -> customer.releaseInstance(new ReleaseInstanceRequest().setProductCode("ecs")
        .setInstanceIds(payg + "," + subscription)))
        .isInstanceOfSatisfying(TeaException.class, e -> assertThat(e.getCode()).isEqualTo("InstanceNotPayAsYouGo"));
    assertThat(awaitInstance(payg, i -> true).getStatus()).isEqualTo("Normal"); // all or nothing

    var released = customer.releaseInstance(new ReleaseInstanceRequest().setProductCode("ecs").setRegion("cn-hangzhou")
        .setSubscriptionType("PayAsYouGo").setInstanceIds(payg)).getBody();
    assertThat(released.getSuccess()).isTrue();
    assertThat(released.getData().getReleaseResult()).isTrue();
    var wire = customer.queryAvailableInstances(new QueryAvailableInstancesRequest().setInstanceIDs(payg)).getBody()
        .getData().getInstanceList().get(0);
    assertThat(wire.getStatus()).isEqualTo("Released");
    assertThat(wire.getReleaseTime()).isNotBlank();
    // the sample control plane is told RELEASE and acknowledges it: the task is settled
    long settled = 0;
    for (int i = 0; i < 300 && settled == 0; i++) {
      settled = settledReleases(payg);
      Thread.sleep(200);
    }
    assertThat(settled).isEqualTo(1);
  }

  /** RELEASE tasks of the instance its control plane acknowledged as done (read from lifecycle's schema). */
  static long settledReleases(String instanceId) throws SQLException {
    try (Connection c = DriverManager.getConnection(platform.infrastructure().jdbcUrl("ct_lifecycle"), "root", "");
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM production_task WHERE instance_id = ?"
            + " AND action = 'RELEASE' AND outcome = 'SUCCESS'")) {
      ps.setString(1, instanceId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void anUnpaidOrderIsCancelledThroughTheOpenApiAndCannotBePaidAfterwards() throws Exception {
    OrderService orders = platform.gatewayBean(OrderService.class);
    PlacedOrder unpaid = orders.createInstance(new CreateInstanceCommand().setAccountId(DemoData.CUSTOMER_ID)
        .setClientToken(UUID.randomUUID().toString()).setProductCode("ecs").setSubscriptionType("Subscription")
        .setPeriod(1).setPeriodUnit("Month").setConfig(new HashMap<>()).setPayNow(false)).value();
    assertThat(customer.cancelOrder(new CancelOrderRequest().setOrderId(Long.toString(unpaid.getOrderId()))).getBody().getSuccess()).isTrue();
    var wire = customer.getOrderDetail(new GetOrderDetailRequest().setOrderId(Long.toString(unpaid.getOrderId()))).getBody().getData()
        .getOrderList().getOrder().get(0);
    assertThat(wire.getPaymentStatus()).isEqualTo("Cancelled");
    assertThat(orders.payOrder(DemoData.CUSTOMER_ID, unpaid.getOrderId()).code()).isEqualTo("OrderNotPayable");
    assertThatThrownBy(() -> customer.cancelOrder(new CancelOrderRequest().setOrderId("1")))
        .isInstanceOfSatisfying(TeaException.class, e -> assertThat(e.getCode()).isEqualTo("OrderNotFound"));
  }

  @Test
  void setRenewalSwitchesAnInstanceToAutoRenewal() throws Exception {
    String instanceId = runningEcs();
    assertThat(customer.setRenewal(new SetRenewalRequest().setInstanceIDs(instanceId).setProductCode("ecs")
        .setSubscriptionType("Subscription").setRenewalStatus("AutoRenewal").setRenewalPeriod(1).setRenewalPeriodUnit("M"))
        .getBody().getSuccess()).isTrue();
    assertThat(awaitInstance(instanceId, i -> true).getRenewStatus()).isEqualTo("AutoRenewal");
    assertThatThrownBy(() -> customer.setRenewal(new SetRenewalRequest().setInstanceIDs(instanceId + ",i-nope").setProductCode("ecs")
        .setRenewalStatus("ManualRenewal")))
        .isInstanceOf(TeaException.class);
    assertThat(awaitInstance(instanceId, i -> true).getRenewStatus()).isEqualTo("AutoRenewal"); // all or nothing
  }

  @Test
  void aRenewalWithAChangeExtendsTheInstanceNowAndKeepsItForTheNewSpecificationAtTheRenewedPeriod() throws Exception {
    String instanceId = runningEcs();
    InstanceView before = awaitInstance(instanceId, i -> true);
    BigDecimal balanceBefore = balance();
    String orderId = customer.renewChangeInstance(new RenewChangeInstanceRequest().setProductCode("ecs").setInstanceId(instanceId)
        .setRenewPeriod(1L).setClientToken(UUID.randomUUID().toString())
        .setParameter(List.of(new RenewChangeInstanceRequest.RenewChangeInstanceRequestParameter()
            .setCode("InstanceType").setValue("ecs.g7.xlarge")))).getBody().getData().getOrderId();
    BigDecimal paid = pretaxAmount(orderId);
    assertThat(balance()).isEqualByComparingTo(balanceBefore.subtract(paid));
    InstanceView renewed = awaitInstance(instanceId, i -> i.getEndTime().isAfter(before.getEndTime()));
    // the new specification waits for the renewed period; the current one runs until then
    assertThat(renewed.getSpec()).isEqualTo(before.getSpec());
    assertThat(renewed.getSpecVersion()).isEqualTo(1);
    awaitOrder(orderId, "Delivering");
    var detail = platform.gatewayBean(OrderService.class).getOrder(DemoData.CUSTOMER_ID, Long.parseLong(orderId)).value();
    assertThat(detail.getOrderType()).isEqualTo("RenewChange");
    assertThat(detail.getConfig()).containsEntry("InstanceType", "ecs.g7.xlarge");
    assertThatThrownBy(() -> customer.modifyInstance(modify(instanceId, "Upgrade", "ecs.g7.xlarge")))
        .isInstanceOfSatisfying(TeaException.class, e -> assertThat(e.getCode()).isEqualTo("InstanceChangeInProgress"));
  }
}
