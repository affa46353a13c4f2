package io.cloudtrade.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutingAttachmentsTest {
  private final RoutingDecision decision =
      new RoutingDecision("intl", "ap-southeast-1a", ResidencyPolicy.RESIDENT_ENCRYPTED, false, 42);

  @Test
  void aDecisionTravelsAsFiveStringsAndComesBackEqual() {
    Map<String, String> map = RoutingAttachments.toMap(decision);
    assertThat(map).containsExactly(
        Map.entry("ct-route-center", "intl"),
        Map.entry("ct-route-zone", "ap-southeast-1a"),
        Map.entry("ct-route-policy", "RESIDENT_ENCRYPTED"),
        Map.entry("ct-route-failover", "false"),
        Map.entry("ct-route-version", "42"));
    assertThat(RoutingAttachments.fromMap(map)).isEqualTo(decision);
  }

  @Test
  void otherEntriesAreIgnoredAndObjectValuesAreRead() {
    Map<String, Object> attachments = new HashMap<>(RoutingAttachments.toMap(decision));
    attachments.put("traceId", "abc");
    attachments.put("ct-route-version", 42L);
    assertThat(RoutingAttachments.fromMap(attachments)).isEqualTo(decision);
  }

  @Test
  void noRoutingEntriesMeansNoDecision() {
    assertThat(RoutingAttachments.fromMap(Map.of("traceId", "abc"))).isNull();
    assertThat(RoutingAttachments.fromMap(Map.of())).isNull();
    assertThat(RoutingAttachments.fromMap(null)).isNull();
  }

  @Test
  void anIncompleteOrMalformedSetIsAnError() {
    assertMalformed("ct-route-zone", null, "ct-route-zone is missing");
    assertMalformed("ct-route-center", " ", "ct-route-center is missing");
    assertMalformed("ct-route-policy", "PUBLIC", "'PUBLIC' is not a policy");
    assertMalformed("ct-route-failover", "yes", "'yes' is not true or false");
    assertMalformed("ct-route-version", "v7", "'v7' is not a number");
    assertMalformed("ct-route-version", "0", "below 1");
  }

  @Test
  void aNamedFailoverCenterTravelsAsASixthEntryAndComesBackEqual() {
    RoutingDecision failingOver = new RoutingDecision("intl", "ap-southeast-1a", ResidencyPolicy.NONE, true, 3, "cn");
    Map<String, String> map = RoutingAttachments.toMap(failingOver);
    assertThat(map).containsExactly(
        Map.entry("ct-route-center", "intl"),
        Map.entry("ct-route-zone", "ap-southeast-1a"),
        Map.entry("ct-route-policy", "NONE"),
        Map.entry("ct-route-failover", "true"),
        Map.entry("ct-route-version", "3"),
        Map.entry("ct-route-failover-to", "cn"));
    assertThat(RoutingAttachments.fromMap(map)).isEqualTo(failingOver);
    assertThat(RoutingAttachments.KEYS).containsExactlyElementsOf(map.keySet());
  }

  @Test
  void aSenderThatDoesNotNameTheFailoverCenterIsUnderstood() {
    RoutingDecision unnamed = new RoutingDecision("intl", "ap-southeast-1a", ResidencyPolicy.NONE, true, 3);
    Map<String, String> map = RoutingAttachments.toMap(unnamed);
    assertThat(map).hasSize(5).doesNotContainKey("ct-route-failover-to");
    assertThat(RoutingAttachments.fromMap(map)).isEqualTo(unnamed);
    assertThat(RoutingAttachments.fromMap(map).failoverTo()).isNull();
  }

  @Test
  void aFailoverCenterAloneIsAnIncompleteSet() {
    assertThatThrownBy(() -> RoutingAttachments.fromMap(Map.of("ct-route-failover-to", "cn")))
        .isInstanceOf(RoutingException.class).hasMessageContaining("ct-route-center is missing");
  }

  @Test
  void aFailoverCenterThatContradictsTheDecisionIsMalformed() {
    Map<String, String> failingOver = RoutingAttachments.toMap(
        new RoutingDecision("intl", "ap-southeast-1a", ResidencyPolicy.NONE, true, 3, "cn"));
    failingOver.put("ct-route-failover", "false");
    assertThatThrownBy(() -> RoutingAttachments.fromMap(failingOver)).isInstanceOf(RoutingException.class)
        .hasMessageContaining("'cn' with ct-route-failover false");
    assertMalformed("ct-route-failover-to", "intl", "'intl' is not another center than intl");
    assertMalformed("ct-route-failover-to", " ", "is not another center");
  }

  private void assertMalformed(String key, String value, String message) {
    Map<String, String> map = RoutingAttachments.toMap(decision);
    if (value == null) {
      map.remove(key);
    } else {
      map.put(key, value);
    }
    assertThatThrownBy(() -> RoutingAttachments.fromMap(map)).isInstanceOf(RoutingException.class)
        .hasMessageContaining(message);
  }
}
