package io.cloudtrade.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StockOutTest {
  private final ProductCatalog ecs = CatalogFixture.ecs();
  private final List<StockOut> soldOut = List.of(new StockOut("ecs", "cn-beijing", "InstanceType", "ecs.c7.large"));

  @Test
  void aSoldOutValueIsRefusedOnlyInItsRegion() {
    assertThat(ecs.resolve(Map.of("InstanceType", "ecs.c7.large", "Region", "cn-hangzhou"), soldOut).isValid()).isTrue();
    assertThat(ecs.resolve(Map.of("InstanceType", "ecs.c7.large", "Region", "cn-beijing"), soldOut).violations())
        .extracting(Violation::detail).containsExactly("SoldOut: InstanceType ecs.c7.large is sold out in Region cn-beijing");
  }

  @Test
  void aStockOutIsReportedTogetherWithEveryOtherViolation() {
    assertThat(ecs.resolve(Map.of("InstanceType", "ecs.c7.large", "Region", "cn-beijing", "NetworkType", "classic",
        "SystemDiskSize", "5"), soldOut).violations())
        .extracting(Violation::code).containsExactly("OutOfRange", "SoldOut", "PublicBandwidthRequiresVpc");
  }
}
