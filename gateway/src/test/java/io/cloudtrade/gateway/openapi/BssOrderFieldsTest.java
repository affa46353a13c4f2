package io.cloudtrade.gateway.openapi;

import static io.cloudtrade.gateway.openapi.BssModifyInstanceTest.caller;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.bssopenapi20171214.models.GetOrderDetailResponseBody;
import com.aliyun.bssopenapi20171214.models.GetOrderDetailResponseBody.GetOrderDetailResponseBodyDataOrderListOrder;
import com.aliyun.bssopenapi20171214.models.QueryOrdersResponseBody;
import com.aliyun.bssopenapi20171214.models.QueryOrdersResponseBody.QueryOrdersResponseBodyDataOrderListOrder;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.order.api.OrderDetail;
import io.cloudtrade.order.api.OrderStatus;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** QueryOrders and GetOrderDetail show the order types, statuses and amounts of changes as the SDK reads them. */
class BssOrderFieldsTest {
  private final FakeOrderService orders = new FakeOrderService();
  private final FakeInstanceService instances = new FakeInstanceService();
  private final BssActions actions = new BssActions(orders, instances, null, null, new BssChangeActions(orders, instances));

  @Test
  void queryOrdersShowsATemporaryUpgrade() throws Exception {
    orders.order = temporaryUpgrade();
    Object data = actions.run("QueryOrders", caller(), Map.of("OrderType", "TemporaryUpgrade"));

    QueryOrdersResponseBodyDataOrderListOrder o = SdkWire.read(data, new QueryOrdersResponseBody()).data.orderList.order.get(0);
    assertThat(o.orderId).isEqualTo("3001");
    assertThat(o.orderType).isEqualTo("TemporaryUpgrade");
    assertThat(o.paymentStatus).isEqualTo("Paid");
    assertThat(o.pretaxGrossAmount).isEqualTo("12.00");
    assertThat(o.pretaxAmount).isEqualTo("10.50");
    assertThat(o.afterTaxAmount).isEqualTo("10.50");
    assertThat(o.currency).isEqualTo("CNY");
    assertThat(o.paymentTime).isEqualTo("2026-11-25T09:00:01Z");
    assertThat(BssActions.order(orders.order)).containsEntry("Status", "Delivered");
  }

  @Test
  void getOrderDetailShowsTheWindowStatusAndRefund() throws Exception {
    orders.order = temporaryUpgrade();
    Object data = actions.run("GetOrderDetail", caller(), Map.of("OrderId", "3001"));

    GetOrderDetailResponseBodyDataOrderListOrder o = SdkWire.read(data, new GetOrderDetailResponseBody()).data.orderList.order.get(0);
    assertThat(o.orderType).isEqualTo("TemporaryUpgrade");
    assertThat(o.usageStartTime).isEqualTo("2026-11-25T10:00:00Z");
    assertThat(o.usageEndTime).isEqualTo("2026-11-26T10:00:00Z");
    assertThat(o.instanceIDs).isEqualTo("i-1");
    assertThat(o.config).isEqualTo("InstanceType:ecs.g7.2xlarge");
    assertThat(o.extendInfos).containsEntry("Status", "Delivered").doesNotContainKey("RefundAmount");

    orders.order = new OrderDetail().setOrderId(3002).setOrderType("Refund").setStatus(OrderStatus.FAILED).setPaymentStatus("Paid")
        .setInstanceId("i-1").setConfig(Map.of()).setFailureReason("the control plane refused")
        .setAmount(Money.zero("CNY")).setListPrice(Money.zero("CNY")).setRefundAmount(Money.ofMinor(4321, "CNY"));
    o = SdkWire.read(actions.run("GetOrderDetail", caller(), Map.of("OrderId", "3002")), new GetOrderDetailResponseBody())
        .data.orderList.order.get(0);
    assertThat(o.orderType).isEqualTo("Refund");
    assertThat(o.usageStartTime).isNull();
    assertThat(o.extendInfos).containsEntry("Status", "Failed").containsEntry("RefundAmount", "43.21")
        .containsEntry("FailureReason", "the control plane refused");
  }

  private static OrderDetail temporaryUpgrade() {
    return new OrderDetail().setOrderId(3001).setAccountId(7).setOrderType("TemporaryUpgrade").setStatus(OrderStatus.DELIVERED)
        .setPaymentStatus("Paid").setProductCode("ecs").setProductType("ecs").setSubscriptionType("Subscription")
        .setRegion("cn-hangzhou").setInstanceId("i-1").setConfig(Map.of("InstanceType", "ecs.g7.2xlarge"))
        .setListPrice(Money.ofMinor(1200, "CNY")).setDiscount(Money.ofMinor(150, "CNY")).setAmount(Money.ofMinor(1050, "CNY"))
        .setCreateTime(Instant.parse("2026-11-25T09:00:00.123Z")).setPaymentTime(Instant.parse("2026-11-25T09:00:01Z"))
        .setWindowStart(Instant.parse("2026-11-25T10:00:00Z")).setWindowEnd(Instant.parse("2026-11-26T10:00:00Z"));
  }
}
