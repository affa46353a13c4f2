package io.cloudtrade.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {
  @Test
  void theVersionInForceIsTheLatestAlreadyEffective() {
    Catalog catalog = new Catalog(List.of(
        CatalogFixture.ecs("ecs.1", Instant.parse("2026-01-01T00:00:00Z")),
        CatalogFixture.ecs("ecs.3", Instant.parse("2027-01-01T00:00:00Z")),
        CatalogFixture.ecs("ecs.2", Instant.parse("2026-06-01T00:00:00Z"))));
    assertThat(catalog.inForce("ecs", Instant.parse("2026-11-24T00:00:00Z")).orElseThrow().version()).isEqualTo("ecs.2");
    assertThat(catalog.inForce("ecs", Instant.parse("2027-01-01T00:00:00Z")).orElseThrow().version()).isEqualTo("ecs.3");
    assertThat(catalog.inForce("ecs", Instant.parse("2025-01-01T00:00:00Z"))).isEmpty();
    assertThat(catalog.inForce("rds", Instant.parse("2026-11-24T00:00:00Z"))).isEmpty();
    assertThat(catalog.allInForce(Instant.parse("2026-11-24T00:00:00Z"))).extracting(ProductCatalog::version).containsExactly("ecs.2");
  }
}
