package io.cloudtrade.gateway.openapi;

import static io.cloudtrade.gateway.openapi.BssModifyInstanceTest.assertRejected;
import static io.cloudtrade.gateway.openapi.BssModifyInstanceTest.caller;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.bssopenapi20171214.models.SetRenewalResponseBody;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SetRenewal: InstanceIDs, the BSS period units, and what InstanceService.setRenewal is given. */
class BssSetRenewalTest {
  private final FakeOrderService orders = new FakeOrderService();
  private final FakeInstanceService instances = new FakeInstanceService().with("i-1", "ecs").with("i-2", "ecs").with("r-1", "rds");
  private final BssActions actions = new BssActions(orders, instances, null, null, new BssChangeActions(orders, instances));

  @Test
  void mapsTheBssPeriodUnits() {
    assertThat(BssChangeActions.periodUnit("M")).isEqualTo("Month");
    assertThat(BssChangeActions.periodUnit("Y")).isEqualTo("Year");
    assertThat(BssChangeActions.periodUnit("Month")).isEqualTo("Month");
    assertThat(BssChangeActions.periodUnit(null)).isNull();
    assertRejected(() -> BssChangeActions.periodUnit("W"), 400, "InvalidParameter", "RenewalPeriodUnit");
    assertRejected(() -> BssChangeActions.periodUnit("m"), 400, "InvalidParameter", "RenewalPeriodUnit");
  }

  @Test
  void autoRenewalForAYearCallsTheServiceWithYear() throws Exception {
    Object data = actions.run("SetRenewal", caller(), auto("i-1, i-2,,i-1", "2", "Y"));

    assertThat(data).isNull();
    assertThat(instances.renewal).containsExactly(List.of("i-1", "i-2"), "AutoRenewal", 2, "Year");
    SetRenewalResponseBody body = SdkWire.read(data, new SetRenewalResponseBody());
    assertThat(body.success).isTrue();
    assertThat(body.code).isEqualTo("Success");
  }

  @Test
  void autoRenewalInMonthsByDefault() {
    actions.run("SetRenewal", caller(), auto("i-1", "3", "M"));
    assertThat(instances.renewal).containsExactly(List.of("i-1"), "AutoRenewal", 3, "Month");
    actions.run("SetRenewal", caller(), auto("i-1", "1", null));
    assertThat(instances.renewal).containsExactly(List.of("i-1"), "AutoRenewal", 1, "Month");
  }

  @Test
  void manualAndNoRenewalCarryNoPeriod() {
    Map<String, String> p = auto("i-1", "6", "M");
    p.put("RenewalStatus", "ManualRenewal");
    actions.run("SetRenewal", caller(), p);
    assertThat(instances.renewal).containsExactly(List.of("i-1"), "ManualRenewal", null, null);
    p.put("RenewalStatus", "NotRenewal");
    p.remove("RenewalPeriod");
    actions.run("SetRenewal", caller(), p);
    assertThat(instances.renewal).containsExactly(List.of("i-1"), "NotRenewal", null, null);
  }

  @Test
  void refusesBadValues() {
    assertRejected(() -> actions.run("SetRenewal", caller(), auto("i-1", null, "M")), 400, "MissingParameter", "RenewalPeriod");
    assertRejected(() -> actions.run("SetRenewal", caller(), auto("i-1", "0", "M")), 400, "InvalidParameter", "RenewalPeriod");
    assertRejected(() -> actions.run("SetRenewal", caller(), auto("i-1", "x", "M")), 400, "InvalidParameter", "RenewalPeriod");
    assertRejected(() -> actions.run("SetRenewal", caller(), auto("i-1", "1", "D")), 400, "InvalidParameter", "RenewalPeriodUnit");
    assertRejected(() -> actions.run("SetRenewal", caller(), auto(" , ", "1", "M")), 400, "InvalidParameter", "InstanceIDs");
    assertRejected(() -> actions.run("SetRenewal", caller(), auto(null, "1", "M")), 400, "MissingParameter", "InstanceIDs");
    String[] many = new String[101];
    Arrays.setAll(many, i -> "i-" + i);
    assertRejected(() -> actions.run("SetRenewal", caller(), auto(String.join(",", many), "1", "M")), 400, "InvalidParameter", "100");
    Map<String, String> p = auto("i-1", "1", "M");
    p.put("RenewalStatus", "Auto");
    assertRejected(() -> actions.run("SetRenewal", caller(), p), 400, "InvalidParameter", "RenewalStatus");
    p.remove("RenewalStatus");
    assertRejected(() -> actions.run("SetRenewal", caller(), p), 400, "MissingParameter", "RenewalStatus");
    Map<String, String> payg = auto("i-1", "1", "M");
    payg.put("SubscriptionType", "PayAsYouGo");
    assertRejected(() -> actions.run("SetRenewal", caller(), payg), 400, "InvalidParameter", "SubscriptionType");
    assertThat(instances.renewal).isNull();
  }

  @Test
  void checksEveryInstanceIsOfTheProductNamed() {
    assertRejected(() -> actions.run("SetRenewal", caller(), auto("i-1,r-1", "1", "M")), 400, "InvalidParameter", "r-1");
    assertRejected(() -> actions.run("SetRenewal", caller(), auto("i-1,i-404", "1", "M")), 404, "InstanceNotFound", "unknown");
    assertThat(instances.renewal).isNull();
  }

  private static Map<String, String> auto(String ids, String period, String unit) {
    Map<String, String> p = new HashMap<>();
    put(p, "InstanceIDs", ids);
    p.put("RenewalStatus", "AutoRenewal");
    put(p, "RenewalPeriod", period);
    put(p, "RenewalPeriodUnit", unit);
    p.put("ProductCode", "ecs");
    p.put("ProductType", "ecs");
    p.put("SubscriptionType", "Subscription");
    return p;
  }

  private static void put(Map<String, String> p, String name, String value) {
    if (value != null) {
      p.put(name, value);
    }
  }
}
