package io.cloudtrade.order.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PurchaseRequestTest {
  static PurchaseRequest request(Map<String, String> config, int period) {
    return new PurchaseRequest("ecs", null, "Subscription", period, "Month", config, "ManualRenewal", null);
  }

  @Test
  void fingerprintIgnoresTheOrderOfTheConfiguration() {
    Map<String, String> ab = new LinkedHashMap<>();
    ab.put("A", "1");
    ab.put("B", "2");
    Map<String, String> ba = new LinkedHashMap<>();
    ba.put("B", "2");
    ba.put("A", "1");
    assertThat(request(ab, 1).fingerprint()).isEqualTo(request(ba, 1).fingerprint());
  }

  @Test
  void fingerprintChangesWithAnyParameter() {
    assertThat(request(Map.of("A", "1"), 1).fingerprint()).isNotEqualTo(request(Map.of("A", "1"), 2).fingerprint());
    assertThat(request(Map.of("A", "1"), 1).fingerprint()).isNotEqualTo(request(Map.of("A", "2"), 1).fingerprint());
    // a value that smuggles a separator cannot collide with two entries
    assertThat(request(Map.of("A", "1\nB=2"), 1).fingerprint()).isNotEqualTo(request(Map.of("A", "1", "B", "2"), 1).fingerprint());
  }
}
