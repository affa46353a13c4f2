package io.cloudtrade.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aliyun.bssopenapi20171214.models.ModifyInstanceResponseBody;
import com.aliyun.bssopenapi20171214.models.RenewChangeInstanceResponseBody;
import io.cloudtrade.order.api.RenewChangeInstanceCommand;
import io.cloudtrade.order.api.ModifyInstanceCommand;
import io.cloudtrade.order.api.OrderErrors;
import io.cloudtrade.reseller.api.Caller;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** ModifyInstance: its parameters as the SDK sends them, our TemporaryUpgrade extension, its Data. */
class BssModifyInstanceTest {
  private final FakeOrderService orders = new FakeOrderService();
  private final FakeInstanceService instances = new FakeInstanceService().with("i-1", "ecs");
  private final BssActions actions = new BssActions(orders, instances, null, null, new BssChangeActions(orders, instances));

  @Test
  void readsTheParameterListIntoTheConfigAndPaysAtOnce() {
    ModifyInstanceCommand c = BssChangeActions.modifyCommand(7, params(upgrade(),
        "Parameter.1.Code", "InstanceType", "Parameter.1.Value", "ecs.g7.xlarge",
        "Parameter.2.Code", "DiskSize", "Parameter.2.Value", "200",
        "Parameter.4.Code", "Bandwidth", "Parameter.4.Value", "10"));

    assertThat(c.getConfig()).containsOnly(Map.entry("InstanceType", "ecs.g7.xlarge"), Map.entry("DiskSize", "200"),
        Map.entry("Bandwidth", "10"));
    assertThat(c.getAccountId()).isEqualTo(7);
    assertThat(c.getInstanceId()).isEqualTo("i-1");
    assertThat(c.getModifyType()).isEqualTo("Upgrade");
    assertThat(c.getClientToken()).isEqualTo("t-1");
    assertThat(c.isPayNow()).isTrue();
    assertThat(c.getWindowStart()).isNull();
    assertThat(c.getWindowEnd()).isNull();
  }

  @Test
  void acceptsDowngrade() {
    Map<String, String> p = upgrade();
    p.put("ModifyType", "Downgrade");
    assertThat(BssChangeActions.modifyCommand(7, params(p, "Parameter.1.Code", "DiskSize", "Parameter.1.Value", "40")).getModifyType())
        .isEqualTo("Downgrade");
  }

  @Test
  void refusesAnUnknownModifyType() {
    Map<String, String> p = withOneParameter();
    p.put("ModifyType", "Sidegrade");
    assertRejected(() -> BssChangeActions.modifyCommand(7, new BssParameters(p)), 400, "InvalidParameter", "ModifyType");
    p.put("ModifyType", "upgrade"); // the values are case-sensitive, as in BSS
    assertRejected(() -> BssChangeActions.modifyCommand(7, new BssParameters(p)), 400, "InvalidParameter", "ModifyType");
  }

  @Test
  void requiresItsParameters() {
    for (String name : new String[] {"ProductCode", "SubscriptionType", "InstanceId", "ModifyType"}) {
      Map<String, String> p = withOneParameter();
      p.remove(name);
      assertRejected(() -> BssChangeActions.modifyCommand(7, new BssParameters(p)), 400, "MissingParameter", name);
    }
  }

  @Test
  void refusesAnUnknownSubscriptionType() {
    Map<String, String> p = withOneParameter();
    p.put("SubscriptionType", "Monthly");
    assertRejected(() -> BssChangeActions.modifyCommand(7, new BssParameters(p)), 400, "InvalidParameter", "SubscriptionType");
  }

  @Test
  void needsAtLeastOneAttributeWithAValue() {
    assertRejected(() -> BssChangeActions.modifyCommand(7, params(upgrade())), 400, "MissingParameter", "Parameter.1.Code");
    assertRejected(() -> BssChangeActions.modifyCommand(7, params(upgrade(), "Parameter.1.Value", "200")),
        400, "InvalidParameter", "Parameter.1.Code");
    assertRejected(() -> BssChangeActions.modifyCommand(7, params(upgrade(), "Parameter.1.Code", "DiskSize")),
        400, "MissingParameter", "DiskSize");
    assertRejected(() -> BssChangeActions.modifyCommand(7, params(upgrade(), "Parameter.1.Code", "DiskSize", "Parameter.1.Value", "1",
        "Parameter.2.Code", "DiskSize", "Parameter.2.Value", "2")), 400, "InvalidParameter", "twice");
  }

  @Test
  void temporaryUpgradeReadsItsWindowInUtc() {
    ModifyInstanceCommand c = BssChangeActions.modifyCommand(7, params(temporary(),
        "TemporaryStartTime", "2026-11-25T10:00:00Z", "TemporaryEndTime", "2026-11-26T10:00:00Z"));

    assertThat(c.getModifyType()).isEqualTo("TemporaryUpgrade");
    assertThat(c.getWindowStart()).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
    assertThat(c.getWindowEnd()).isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
    assertThat(c.getConfig()).containsEntry("InstanceType", "ecs.g7.2xlarge");
  }

  @Test
  void temporaryUpgradeWithoutAStartStartsNow() {
    ModifyInstanceCommand c = BssChangeActions.modifyCommand(7, params(temporary(), "TemporaryEndTime", "2026-11-26T10:00:00Z"));
    assertThat(c.getWindowStart()).isNull();
    assertThat(c.getWindowEnd()).isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
  }

  @Test
  void temporaryUpgradeNeedsAnEnd() {
    assertRejected(() -> BssChangeActions.modifyCommand(7, params(temporary(), "TemporaryStartTime", "2026-11-25T10:00:00Z")),
        400, "MissingParameter", "TemporaryEndTime");
  }

  @Test
  void refusesAWindowThatEndsBeforeItStarts() {
    assertRejected(() -> BssChangeActions.modifyCommand(7, params(temporary(),
        "TemporaryStartTime", "2026-11-26T10:00:00Z", "TemporaryEndTime", "2026-11-25T10:00:00Z")), 400, "InvalidParameter", "after");
    assertRejected(() -> BssChangeActions.modifyCommand(7, params(temporary(),
        "TemporaryStartTime", "2026-11-26T10:00:00Z", "TemporaryEndTime", "2026-11-26T10:00:00Z")), 400, "InvalidParameter", "after");
  }

  @Test
  void refusesAMalformedTime() {
    assertRejected(() -> BssChangeActions.modifyCommand(7, params(temporary(), "TemporaryEndTime", "2026-11-26 10:00:00")),
        400, "InvalidParameter", "TemporaryEndTime");
    assertRejected(() -> BssChangeActions.modifyCommand(7, params(temporary(), "TemporaryStartTime", "tomorrow",
        "TemporaryEndTime", "2026-11-26T10:00:00Z")), 400, "InvalidParameter", "TemporaryStartTime");
  }

  @Test
  void aWindowIsOnlyForATemporaryUpgrade() {
    assertRejected(() -> BssChangeActions.modifyCommand(7, params(withOneParameter(), "TemporaryEndTime", "2026-11-26T10:00:00Z")),
        400, "InvalidParameter", "TemporaryUpgrade");
  }

  @Test
  void answersOrderIdAndHostIdAsTheSdkReadsThem() throws Exception {
    Object data = actions.run("ModifyInstance", caller(), withOneParameter());

    ModifyInstanceResponseBody body = SdkWire.read(data, new ModifyInstanceResponseBody());
    assertThat(body.success).isTrue();
    assertThat(body.data.orderId).isEqualTo(Long.toString(FakeOrderService.ORDER_ID));
    assertThat(body.data.hostId).isEqualTo("cloudtrade");
    assertThat(orders.calls).singleElement().isInstanceOf(ModifyInstanceCommand.class);
  }

  @Test
  void checksTheInstanceIsOfTheProductNamed() {
    Map<String, String> p = withOneParameter();
    p.put("ProductCode", "rds");
    assertRejected(() -> actions.run("ModifyInstance", caller(), p), 400, "InvalidParameter", "rds");
    p.put("ProductCode", "ecs");
    p.put("SubscriptionType", "PayAsYouGo");
    assertRejected(() -> actions.run("ModifyInstance", caller(), p), 400, "InvalidParameter", "PayAsYouGo");
    p.put("SubscriptionType", "Subscription");
    p.put("InstanceId", "i-404");
    assertRejected(() -> actions.run("ModifyInstance", caller(), p), 404, "InstanceNotFound", "i-404");
    assertThat(orders.calls).isEmpty();
  }

  @Test
  void passesTheServiceRejectionsOnWithTheirStatus() {
    orders.rejectWith = OrderErrors.CHANGE_IN_PROGRESS;
    assertRejected(() -> actions.run("ModifyInstance", caller(), withOneParameter()), 409, "InstanceChangeInProgress", "fake");
    orders.rejectWith = OrderErrors.ORDER_IN_PROGRESS;
    assertRejected(() -> actions.run("ModifyInstance", caller(), withOneParameter()), 409, "OrderInProgress", "fake");
    orders.rejectWith = "InvalidSpecificationChange";
    assertRejected(() -> actions.run("ModifyInstance", caller(), withOneParameter()), 400, "InvalidSpecificationChange", "fake");
  }

  @Test
  void renewChangeInstanceRenewsForItsMonthsWithTheNewAttributes() throws Exception {
    Map<String, String> p = new HashMap<>(Map.of("ProductCode", "ecs", "InstanceId", "i-1", "ClientToken", "t-9", "RenewPeriod", "3",
        "Parameter.1.Code", "InstanceType", "Parameter.1.Value", "ecs.g7.xlarge"));
    Object data = actions.run("RenewChangeInstance", caller(), p);
    RenewChangeInstanceResponseBody body = SdkWire.read(data, new RenewChangeInstanceResponseBody());
    assertThat(body.data.orderId).isEqualTo(Long.toString(FakeOrderService.ORDER_ID));
    assertThat(orders.calls).singleElement().isInstanceOfSatisfying(RenewChangeInstanceCommand.class, c -> {
      assertThat(c.getRenewPeriod()).isEqualTo(3);
      assertThat(c.getConfig()).containsOnly(Map.entry("InstanceType", "ecs.g7.xlarge"));
      assertThat(c.getClientToken()).isEqualTo("t-9");
      assertThat(c.isPayNow()).isTrue();
    });
    p.remove("RenewPeriod");
    assertRejected(() -> actions.run("RenewChangeInstance", caller(), p), 400, "MissingParameter", "RenewPeriod");
    p.put("RenewPeriod", "1");
    p.remove("Parameter.1.Code");
    p.remove("Parameter.1.Value");
    assertRejected(() -> actions.run("RenewChangeInstance", caller(), p), 400, "MissingParameter", "Parameter.1.Code");
  }

  static void assertRejected(ThrowingCallable call, int status, String code, String messagePart) {
    assertThatThrownBy(call).isInstanceOfSatisfying(BssException.class, e -> {
      assertThat(e.status()).isEqualTo(status);
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.getMessage()).contains(messagePart);
    });
  }

  static Caller caller() {
    return new Caller().setAccountId(7).setName("alice");
  }

  static BssParameters params(Map<String, String> base, String... more) {
    Map<String, String> p = new HashMap<>(base);
    for (int i = 0; i < more.length; i += 2) {
      p.put(more[i], more[i + 1]);
    }
    return new BssParameters(p);
  }

  private static Map<String, String> upgrade() {
    Map<String, String> p = new HashMap<>();
    p.put("ProductCode", "ecs");
    p.put("ProductType", "ecs");
    p.put("SubscriptionType", "Subscription");
    p.put("InstanceId", "i-1");
    p.put("ClientToken", "t-1");
    p.put("ModifyType", "Upgrade");
    return p;
  }

  private static Map<String, String> withOneParameter() {
    Map<String, String> p = upgrade();
    p.put("Parameter.1.Code", "InstanceType");
    p.put("Parameter.1.Value", "ecs.g7.xlarge");
    return p;
  }

  private static Map<String, String> temporary() {
    Map<String, String> p = upgrade();
    p.put("ModifyType", "TemporaryUpgrade");
    p.put("Parameter.1.Code", "InstanceType");
    p.put("Parameter.1.Value", "ecs.g7.2xlarge");
    return p;
  }
}
