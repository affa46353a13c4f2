package io.cloudtrade.gateway.openapi;

import static io.cloudtrade.gateway.openapi.BssModifyInstanceTest.assertRejected;
import static io.cloudtrade.gateway.openapi.BssModifyInstanceTest.caller;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.bssopenapi20171214.models.ReleaseInstanceResponseBody;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ReleaseInstance: InstanceIds, the product check, and what InstanceService.releasePayAsYouGo is given. */
class BssReleaseInstanceTest {
  private final FakeOrderService orders = new FakeOrderService();
  private final FakeInstanceService instances = new FakeInstanceService().with("i-1", "ecs").with("i-2", "ecs").with("r-1", "rds");
  private final BssActions actions = new BssActions(orders, instances, null, null, new BssChangeActions(orders, instances));

  @Test
  void releasesTheNamedInstancesAndAnswersAsTheSdkReadsIt() throws Exception {
    Object data = actions.run("ReleaseInstance", caller(), release("i-1, i-2,,i-1"));

    assertThat(instances.released).containsExactly("i-1", "i-2");
    ReleaseInstanceResponseBody body = SdkWire.read(data, new ReleaseInstanceResponseBody());
    assertThat(body.success).isTrue();
    assertThat(body.code).isEqualTo("Success");
    assertThat(body.data.releaseResult).isTrue();
    assertThat(body.data.hostId).isEqualTo("cloudtrade");
  }

  @Test
  void refusesBadParametersWithoutReleasing() {
    assertRejected(() -> actions.run("ReleaseInstance", caller(), release(null)), 400, "MissingParameter", "InstanceIds");
    assertRejected(() -> actions.run("ReleaseInstance", caller(), release(" , ")), 400, "InvalidParameter", "InstanceIds");
    Map<String, String> subscription = release("i-1");
    subscription.put("SubscriptionType", "Subscription");
    assertRejected(() -> actions.run("ReleaseInstance", caller(), subscription), 400, "InvalidParameter", "PayAsYouGo");
    Map<String, String> noProduct = release("i-1");
    noProduct.remove("ProductCode");
    assertRejected(() -> actions.run("ReleaseInstance", caller(), noProduct), 400, "MissingParameter", "ProductCode");
    assertRejected(() -> actions.run("ReleaseInstance", caller(), release("i-1,r-1")), 400, "InvalidParameter", "r-1");
    assertRejected(() -> actions.run("ReleaseInstance", caller(), release("i-1,i-404")), 404, "InstanceNotFound", "unknown");
    assertThat(instances.released).isNull();
  }

  private static Map<String, String> release(String ids) {
    Map<String, String> p = new HashMap<>();
    if (ids != null) {
      p.put("InstanceIds", ids);
    }
    p.put("ProductCode", "ecs");
    p.put("ProductType", "ecs");
    p.put("Region", "cn-hangzhou");
    p.put("SubscriptionType", "PayAsYouGo");
    return p;
  }
}
