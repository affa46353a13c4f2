package io.cloudtrade.gateway.openapi;

import static io.cloudtrade.gateway.openapi.BssModifyInstanceTest.assertRejected;
import static io.cloudtrade.gateway.openapi.BssModifyInstanceTest.caller;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.bssopenapi20171214.models.CancelOrderResponseBody;
import com.aliyun.bssopenapi20171214.models.InquiryPriceRefundInstanceResponseBody;
import com.aliyun.bssopenapi20171214.models.RefundInstanceResponseBody;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.order.api.OrderErrors;
import io.cloudtrade.order.api.RefundInstanceCommand;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RefundInstance, InquiryPriceRefundInstance and CancelOrder: parameters, Data as the SDK reads it, rejections. */
class BssRefundActionsTest {
  private final FakeOrderService orders = new FakeOrderService();
  private final FakeInstanceService instances = new FakeInstanceService().with("i-1", "ecs");
  private final BssActions actions = new BssActions(orders, instances, null, null, new BssChangeActions(orders, instances));

  @Test
  void formatsTheRefundAmountFromMinorUnitsWithoutADouble() throws Exception {
    assertThat(BssChangeActions.refundAmount(Money.ofMinor(1230, "CNY"))).isEqualTo(new BigDecimal("12.30"));
    assertThat(BssChangeActions.refundAmount(Money.ofMinor(5, "CNY")).toPlainString()).isEqualTo("0.05");
    assertThat(BssChangeActions.refundAmount(Money.ofMinor(0, "CNY")).toPlainString()).isEqualTo("0.00");
    assertThat(BssChangeActions.refundAmount(Money.ofMinor(123_456_789_012L, "USD")).toPlainString()).isEqualTo("1234567890.12");
    // 0.1 + 0.2 style amounts stay exact on the wire
    orders.refund = Money.ofMinor(30, "CNY");
    Object data = actions.run("InquiryPriceRefundInstance", caller(), refund());
    assertThat(SdkWire.answer(data)).contains("\"RefundAmount\":0.30");
  }

  @Test
  void inquiryAnswersTheRefundAsTheSdkReadsIt() throws Exception {
    Object data = actions.run("InquiryPriceRefundInstance", caller(), refund());

    InquiryPriceRefundInstanceResponseBody body = SdkWire.read(data, new InquiryPriceRefundInstanceResponseBody());
    assertThat(body.data.instanceId).isEqualTo("i-1");
    assertThat(body.data.refundAmount).isEqualTo(12.3);
    assertThat(body.data.currency).isEqualTo("CNY");
    assertThat(body.data.hostId).isEqualTo("cloudtrade");
    assertThat(orders.calls).containsExactly("i-1");
  }

  @Test
  void refundAnswersTheOrderIdAsTheNumberTheSdkReads() throws Exception {
    Map<String, String> p = refund();
    p.put("ImmediatelyRelease", "1"); // accepted: we always release at once
    Object data = actions.run("RefundInstance", caller(), p);

    RefundInstanceResponseBody body = SdkWire.read(data, new RefundInstanceResponseBody());
    assertThat(body.data.orderId).isEqualTo(FakeOrderService.ORDER_ID); // exact: not through a double
    assertThat(body.data.hostId).isEqualTo("cloudtrade");
    assertThat(orders.calls).singleElement().isInstanceOfSatisfying(RefundInstanceCommand.class, c -> {
      assertThat(c.getAccountId()).isEqualTo(7);
      assertThat(c.getInstanceId()).isEqualTo("i-1");
      assertThat(c.getClientToken()).isEqualTo("t-9");
    });
  }

  @Test
  void refundRequiresTheInstanceAndItsProduct() {
    for (String action : new String[] {"RefundInstance", "InquiryPriceRefundInstance"}) {
      for (String name : new String[] {"InstanceId", "ProductCode"}) {
        Map<String, String> p = refund();
        p.remove(name);
        assertRejected(() -> actions.run(action, caller(), p), 400, "MissingParameter", name);
      }
      Map<String, String> p = refund();
      p.put("ProductCode", "oss");
      assertRejected(() -> actions.run(action, caller(), p), 400, "InvalidParameter", "oss");
      p.put("ProductCode", "ecs");
      p.put("ProductType", "ecs-intl");
      assertRejected(() -> actions.run(action, caller(), p), 400, "InvalidParameter", "ecs-intl");
    }
    assertThat(orders.calls).isEmpty();
  }

  @Test
  void refundPassesRejectionsOnWithTheirStatus() {
    orders.rejectWith = OrderErrors.INSTANCE_NOT_MODIFIABLE;
    assertRejected(() -> actions.run("RefundInstance", caller(), refund()), 400, "InstanceNotModifiable", "fake");
    orders.rejectWith = OrderErrors.CHANGE_IN_PROGRESS;
    assertRejected(() -> actions.run("RefundInstance", caller(), refund()), 409, "InstanceChangeInProgress", "fake");
    orders.rejectWith = OrderErrors.INSTANCE_NOT_FOUND;
    assertRejected(() -> actions.run("InquiryPriceRefundInstance", caller(), refund()), 404, "InstanceNotFound", "fake");
  }

  @Test
  void cancelOrderAnswersHostIdAsTheSdkReadsIt() throws Exception {
    Object data = actions.run("CancelOrder", caller(), Map.of("OrderId", "2001"));

    CancelOrderResponseBody body = SdkWire.read(data, new CancelOrderResponseBody());
    assertThat(body.success).isTrue();
    assertThat(body.data.hostId).isEqualTo("cloudtrade");
    assertThat(orders.calls).containsExactly(2001L);
  }

  @Test
  void cancelOrderChecksItsParameterAndPassesRejectionsOn() {
    assertRejected(() -> actions.run("CancelOrder", caller(), Map.of()), 400, "MissingParameter", "OrderId");
    assertRejected(() -> actions.run("CancelOrder", caller(), Map.of("OrderId", "abc")), 400, "InvalidParameter", "OrderId");
    orders.rejectWith = OrderErrors.ORDER_NOT_CANCELLABLE;
    assertRejected(() -> actions.run("CancelOrder", caller(), Map.of("OrderId", "2001")), 400, "OrderNotCancellable", "fake");
    orders.rejectWith = OrderErrors.ORDER_NOT_FOUND;
    assertRejected(() -> actions.run("CancelOrder", caller(), Map.of("OrderId", "2001")), 404, "OrderNotFound", "fake");
  }

  private static Map<String, String> refund() {
    Map<String, String> p = new HashMap<>();
    p.put("InstanceId", "i-1");
    p.put("ProductCode", "ecs");
    p.put("ProductType", "ecs");
    p.put("ClientToken", "t-9");
    return p;
  }
}
