package io.cloudtrade.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoutingRulesTest {

  @Test
  void theSampleHasTwoCentersFiveRegionsAndThreeSites() {
    RoutingRules sample = RoutingRules.sample();
    assertThat(sample.version()).isEqualTo(1);
    assertThat(sample.centers()).containsOnlyKeys("cn", "intl");
    assertThat(sample.centers().get("cn").zones()).containsExactly("cn-hangzhou-b", "cn-beijing-a");
    assertThat(sample.centers().get("intl").zones()).containsExactly("ap-southeast-1a");
    assertThat(sample.regions()).containsOnlyKeys("cn-hangzhou", "cn-beijing", "cn-shanghai", "ap-southeast-1",
        "ap-northeast-1");
    assertThat(sample.regions().get("ap-northeast-1").center()).isEqualTo("intl");
    assertThat(sample.sites().get("jp").sensitiveDataCenter()).isEqualTo("intl");
    assertThat(sample.sites().get("jp").sensitiveFields()).containsExactly("name", "phone", "email", "address");
    assertThat(sample.checksum()).isEqualTo(sample.computeChecksum());
  }

  @Test
  void jsonRoundTripKeepsTheSnapshotAndItsChecksum() {
    RoutingRules sample = RoutingRules.sample();
    RoutingRules again = RoutingRules.parse(sample.toJson());
    assertThat(again).isEqualTo(sample);
    assertThat(again.computeChecksum()).isEqualTo(sample.checksum());
  }

  @Test
  void theCanonicalJsonIsSortedCompactAndLeavesTheChecksumOut() {
    String canonical = RoutingRules.sample().canonicalJson();
    assertThat(canonical).doesNotContain("checksum").doesNotContain(" \"").doesNotContain("\n");
    assertThat(canonical).startsWith("{\"centers\":{\"cn\":{\"name\":").endsWith(",\"version\":1}");
    assertThat(canonical.indexOf("\"productOverrides\"")).isLessThan(canonical.indexOf("\"regions\""));
  }

  @Test
  void absentOptionalPartsAndEmptyOnesHaveTheSameChecksum() {
    RoutingRules absent = RoutingRules.parse("{\"version\":1,\"centers\":{\"cn\":{\"name\":\"c\",\"zones\":[\"z\"]}},"
        + "\"regions\":{\"r\":{\"center\":\"cn\",\"zone\":\"z\"}},\"sites\":{\"cn\":{\"defaultCenter\":\"cn\"}}}");
    RoutingRules empty = RoutingRules.parse("{\"version\":1,\"centers\":{\"cn\":{\"name\":\"c\",\"zones\":[\"z\"],"
        + "\"failoverTo\":null}},\"regions\":{\"r\":{\"center\":\"cn\",\"zone\":\"z\"}},"
        + "\"sites\":{\"cn\":{\"defaultCenter\":\"cn\",\"sensitiveFields\":[]}},\"productOverrides\":{}}");
    assertThat(empty.computeChecksum()).isEqualTo(absent.computeChecksum());
  }

  @Test
  void malformedSnapshotsAreRefusedWhenParsed() {
    assertThatThrownBy(() -> RoutingRules.parse("{\"version\": 2, \"centers\": {")).isInstanceOf(RoutingException.class)
        .hasMessageStartingWith("malformed routing rules");
    assertThatThrownBy(() -> RoutingRules.parse("")).isInstanceOf(RoutingException.class)
        .hasMessage("malformed routing rules: empty value");
    assertThatThrownBy(() -> RoutingRules.parse("null")).isInstanceOf(RoutingException.class);
    assertThatThrownBy(() -> RoutingRules.parse("{\"version\":2,\"colour\":\"red\"}"))
        .isInstanceOf(RoutingException.class).hasMessageContaining("colour");
    assertThatThrownBy(() -> RoutingRules.parse("{\"version\":2} {\"version\":3}")).isInstanceOf(RoutingException.class);
    assertThatThrownBy(() -> RoutingRules.parse("{\"version\":\"2\"}")).isInstanceOf(RoutingException.class);
    assertThatThrownBy(() -> RoutingRules.parse("{\"version\":2.5}")).isInstanceOf(RoutingException.class);
    assertThatThrownBy(() -> RoutingRules.parse("{\"version\":2,\"version\":3}")).isInstanceOf(RoutingException.class)
        .hasMessageContaining("version");
  }

  @Test
  void withVersionRecomputesTheChecksum() {
    RoutingRules v2 = RoutingRules.sample().withVersion(2);
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.checksum()).isEqualTo(v2.computeChecksum()).isNotEqualTo(RoutingRules.sample().checksum());
  }
}
