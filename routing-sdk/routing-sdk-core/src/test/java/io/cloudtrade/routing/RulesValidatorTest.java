package io.cloudtrade.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulesValidatorTest {

  @Test
  void theSampleIsValid() {
    assertThat(RulesValidator.problems(RoutingRules.sample())).isEmpty();
    assertThat(RulesValidator.isValid(RoutingRules.sample())).isTrue();
  }

  @Test
  void anEmptySnapshotIsRefused() {
    RoutingRules empty = new RoutingRules(0, null, Map.of(), null, null, null);
    assertThat(RulesValidator.problems(empty)).containsExactly(
        "empty snapshot: no centers",
        "empty snapshot: no regions",
        "empty snapshot: no sites",
        "version 0 is below 1",
        "no checksum");
    assertThat(RulesValidator.problems(null)).containsExactly("no snapshot");
  }

  @Test
  void everyStructuralProblemIsReportedAtOnce() {
    RoutingRules rules = new RoutingRules(3, "0".repeat(64),
        Map.of(
            "cn", new RoutingRules.Center("China", List.of("cn-hangzhou-b"), "cn"),
            "intl", new RoutingRules.Center("International", List.of("ap-southeast-1a"), "mars"),
            "bare", new RoutingRules.Center("No zones", null, null)),
        Map.of(
            "cn-hangzhou", new RoutingRules.Region("cn", "cn-hangzhou-b"),
            "cn-beijing", new RoutingRules.Region("cn", "cn-beijing-z"),
            "eu-central-1", new RoutingRules.Region("eu", "eu-central-1a")),
        Map.of(
            "cn", new RoutingRules.Site("cn", null, null),
            "de", new RoutingRules.Site("eu", null, null),
            "jp", new RoutingRules.Site("intl", "tokyo", List.of("name"))),
        Map.of("oss", Map.of("cn-hangzhou", "moon", "atlantis-1", "cn")));

    List<String> problems = RulesValidator.problems(rules);

    assertThat(problems).hasSize(10);
    assertThat(problems.get(0)).startsWith("checksum mismatch: the snapshot says " + "0".repeat(64));
    assertThat(problems.subList(1, problems.size())).containsExactly(
        "center 'bare' has no zones",
        "center 'cn' fails over to itself",
        "center 'intl' fails over to unknown center 'mars'",
        "region 'cn-beijing' is mapped to zone 'cn-beijing-z', which center 'cn' does not have",
        "region 'eu-central-1' is mapped to unknown center 'eu'",
        "site 'de' has unknown default center 'eu'",
        "site 'jp' has unknown sensitive-data center 'tokyo'",
        "product override 'oss' names unknown region 'atlantis-1'",
        "product override 'oss' in region 'cn-hangzhou' names unknown center 'moon'");
  }

  @Test
  void aTamperedSnapshotFailsItsChecksum() {
    RoutingRules sample = RoutingRules.sample();
    // Tokyo quietly moved to the China center, the checksum left as it was
    Map<String, RoutingRules.Region> regions = new java.util.TreeMap<>(sample.regions());
    regions.put("ap-northeast-1", new RoutingRules.Region("cn", "cn-hangzhou-b"));
    RoutingRules tampered = new RoutingRules(sample.version(), sample.checksum(), sample.centers(), regions,
        sample.sites(), sample.productOverrides());

    assertThat(RulesValidator.problems(tampered)).singleElement().asString().startsWith("checksum mismatch");
    assertThat(RulesValidator.problems(tampered.withChecksum())).isEmpty();
  }

  @Test
  void aSnapshotWithNullEntriesIsReportedNotThrownAt() {
    java.util.HashMap<String, RoutingRules.Region> regions = new java.util.HashMap<>();
    regions.put("cn-hangzhou", null);
    java.util.HashMap<String, RoutingRules.Center> centers = new java.util.HashMap<>();
    centers.put("cn", null);
    RoutingRules rules = new RoutingRules(1, null, centers, regions, Map.of("cn", new RoutingRules.Site(null, null, null)),
        null).withChecksum();

    assertThat(RulesValidator.problems(rules)).containsExactly(
        "center 'cn' has no definition",
        "region 'cn-hangzhou' has no center",
        "site 'cn' has no default center");
  }
}
