package io.cloudtrade.gateway.openapi;

import static io.cloudtrade.gateway.openapi.BssModifyInstanceTest.caller;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.bssopenapi20171214.models.QueryAvailableInstancesResponseBody;
import com.aliyun.bssopenapi20171214.models.QueryAvailableInstancesResponseBody.QueryAvailableInstancesResponseBodyDataInstanceList;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** QueryAvailableInstances shows the lifecycle's times and statuses as the SDK reads them, and filters by Status. */
class BssQueryAvailableInstancesTest {
  private final FakeOrderService orders = new FakeOrderService();
  private final FakeInstanceService instances = new FakeInstanceService().with("i-1", "ecs").with("i-2", "ecs").with("i-3", "ecs");
  private final BssActions actions = new BssActions(orders, instances, null, null, new BssChangeActions(orders, instances));

  BssQueryAvailableInstancesTest() {
    instances.byId.get("i-1").setStatus("Normal").setSubStatus("Normal").setRenewStatus("ManualRenewal")
        .setEndTime(Instant.parse("2026-12-25T08:00:00.250Z"));
    instances.byId.get("i-2").setStatus("Expired").setSubStatus("Stopped").setRenewStatus("ManualRenewal")
        .setEndTime(Instant.parse("2026-11-20T08:00:00Z")).setExpectedReleaseTime(Instant.parse("2026-12-05T08:00:00Z"))
        .setStopTime(Instant.parse("2026-11-20T08:00:01Z"));
    instances.byId.get("i-3").setStatus("Released").setSubStatus("Released").setRenewStatus("ManualRenewal")
        .setEndTime(Instant.parse("2026-10-01T00:00:00Z")).setReleaseTime(Instant.parse("2026-10-16T00:00:00.999Z"));
  }

  List<QueryAvailableInstancesResponseBodyDataInstanceList> query(Map<String, String> params) throws Exception {
    return SdkWire.read(actions.run("QueryAvailableInstances", caller(), params), new QueryAvailableInstancesResponseBody())
        .data.instanceList;
  }

  @Test
  void showsStatusSubStatusEndAndReleaseTimes() throws Exception {
    List<QueryAvailableInstancesResponseBodyDataInstanceList> all = query(Map.of());
    assertThat(all).extracting(i -> i.instanceID).containsExactly("i-1", "i-2", "i-3");
    assertThat(instances.lastQuery.getStatus()).isNull();

    assertThat(all.get(0).status).isEqualTo("Normal");
    assertThat(all.get(0).endTime).isEqualTo("2026-12-25T08:00:00Z");
    assertThat(all.get(0).releaseTime).isNull();

    assertThat(all.get(1).status).isEqualTo("Expired");
    assertThat(all.get(1).subStatus).isEqualTo("Stopped");
    assertThat(all.get(1).expectedReleaseTime).isEqualTo("2026-12-05T08:00:00Z");
    assertThat(all.get(1).releaseTime).isNull();
    assertThat(all.get(1).stopTime).isEqualTo("2026-11-20T08:00:01Z");
    assertThat(all.get(0).stopTime).isNull();

    assertThat(all.get(2).status).isEqualTo("Released");
    assertThat(all.get(2).releaseTime).isEqualTo("2026-10-16T00:00:00Z"); // the format of EndTime
    assertThat(all.get(2).renewStatus).isEqualTo("ManualRenewal");
  }

  @Test
  void filtersByACommaSeparatedStatusList() throws Exception {
    assertThat(query(Map.of("Status", "Expired, Released,"))).extracting(i -> i.instanceID).containsExactly("i-2", "i-3");
    assertThat(instances.lastQuery.getStatus()).isEqualTo("Expired,Released");

    assertThat(query(Map.of("Status", "Normal"))).extracting(i -> i.instanceID).containsExactly("i-1");
    assertThat(query(Map.of("Status", "Normal", "InstanceIDs", "i-2,i-3"))).isEmpty();
    assertThat(query(Map.of("Status", " , "))).hasSize(3);
    assertThat(instances.lastQuery.getStatus()).isNull();
  }
}
