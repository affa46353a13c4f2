package io.cloudtrade.order.adapter.zookeeper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudtrade.order.domain.GrayRule;
import org.junit.jupiter.api.Test;

class ZooKeeperUpgradeFlowsTest {
  @Test
  void aRuleIsReadFromJson() {
    GrayRule r = ZooKeeperUpgradeFlows.parse("""
        {"version": 3, "defaultPercent": 5, "products": {"ecs": {"percent": 20, "accounts": [1380000000000001]}}}""");
    assertThat(r.version()).isEqualTo(3);
    assertThat(r.defaultPercent()).isEqualTo(5);
    assertThat(r.products().get("ecs").accounts()).containsExactly(1380000000000001L);
  }

  @Test
  void anythingElseIsRefused() {
    assertThatThrownBy(() -> ZooKeeperUpgradeFlows.parse("{\"defaultPercent\": 150}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ZooKeeperUpgradeFlows.parse("{\"defaultPercnt\": 10}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ZooKeeperUpgradeFlows.parse("not json")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ZooKeeperUpgradeFlows.parse("null")).isInstanceOf(IllegalArgumentException.class);
  }
}
