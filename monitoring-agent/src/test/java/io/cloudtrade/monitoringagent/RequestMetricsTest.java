package io.cloudtrade.monitoringagent;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RequestMetricsTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final RequestMetrics metrics = new RequestMetrics(registry, 2, 3);

  @Test
  void tagsAreServiceOperationOutcomeCodeAndProduct() {
    RequestMetrics.Operation op = metrics.operation("OrderService", "placeOrder");
    op.record(RequestOutcome.SUCCESS, null, "ecs", 1_000_000);
    op.record(RequestOutcome.SUCCESS, null, "ecs", 3_000_000);
    op.record(RequestOutcome.REJECTED, "InsufficientBalance", null, 1_000_000);

    Timer ok = registry.get(RequestMetrics.TIMER)
        .tags("service", "OrderService", "operation", "placeOrder", "outcome", "SUCCESS", "code", "none", "product", "ecs").timer();
    assertThat(ok.count()).isEqualTo(2);
    assertThat(ok.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(4.0);
    Timer rejected = registry.get(RequestMetrics.TIMER).tags("outcome", "REJECTED", "code", "InsufficientBalance", "product", "none").timer();
    assertThat(rejected.count()).isEqualTo(1);
    assertThat(ok.getId().getTags()).extracting(Tag::getKey)
        .containsExactlyInAnyOrder("service", "operation", "outcome", "code", "product");
  }

  @Test
  void codesAndProductsBeyondTheCapCollapseToOtherPerOperation() {
    RequestMetrics.Operation op = metrics.operation("OrderService", "placeOrder");
    for (String code : List.of("A", "B", "C", "D", "A")) {
      op.record(RequestOutcome.REJECTED, code, null, 1000);
    }
    assertThat(registry.get(RequestMetrics.TIMER).tags("code", "A").timer().count()).isEqualTo(2);
    assertThat(registry.get(RequestMetrics.TIMER).tags("code", "B").timer().count()).isEqualTo(1);
    assertThat(registry.get(RequestMetrics.TIMER).tags("code", "OTHER").timer().count()).isEqualTo(2);
    assertThat(registry.find(RequestMetrics.TIMER).tags("code", "C").timer()).isNull();
    assertThat(op.codeTag("A")).isEqualTo("A");
    assertThat(op.codeTag("Z")).isEqualTo("OTHER");

    for (String product : List.of("ecs", "rds", "oss", "slb", "cdn")) {
      op.record(RequestOutcome.SUCCESS, null, product, 1000);
    }
    assertThat(registry.find(RequestMetrics.TIMER).tags("outcome", "SUCCESS", "product", "oss").timer()).isNotNull();
    assertThat(registry.get(RequestMetrics.TIMER).tags("outcome", "SUCCESS", "product", "OTHER").timer().count()).isEqualTo(2);

    // another operation has its own caps
    RequestMetrics.Operation other = metrics.operation("OrderService", "cancelOrder");
    other.record(RequestOutcome.REJECTED, "C", "slb", 1000);
    assertThat(registry.get(RequestMetrics.TIMER).tags("operation", "cancelOrder", "code", "C", "product", "slb").timer().count()).isEqualTo(1);
  }

  @Test
  void prometheusGetsTheSecondsHistogramWithTheSloBuckets() {
    PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    RequestMetrics.Operation op = new RequestMetrics(prometheus, 50, 100).operation("OrderService", "placeOrder");
    op.record(RequestOutcome.ERROR, "NullPointerException", null, 7_000_000);
    String scrape = prometheus.scrape();
    List<String> buckets = scrape.lines().filter(l -> l.startsWith("cloudtrade_requests_seconds_bucket{")).toList();
    assertThat(buckets).anyMatch(l -> l.contains("le=\"0.005\"")).anyMatch(l -> l.contains("le=\"0.25\""))
        .anyMatch(l -> l.contains("le=\"2.5\"")).anyMatch(l -> l.contains("le=\"+Inf\""));
    assertThat(buckets.size()).as("the percentile histogram's buckets too").isGreaterThan(30);
    assertThat(scrape).contains("cloudtrade_requests_seconds_count{code=\"NullPointerException\",operation=\"placeOrder\",outcome=\"ERROR\",product=\"none\",service=\"OrderService\"} 1");
  }
}
