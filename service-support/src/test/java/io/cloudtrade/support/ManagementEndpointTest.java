package io.cloudtrade.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ManagementEndpointTest {
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(ManagementEndpoint e, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + e.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesTheMetricsHealthAndAddedDocuments() throws Exception {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    registry.counter("cloudtrade.test.calls", "service", "X").increment(3);
    ManagementEndpoint e = new ManagementEndpoint("127.0.0.1", 0, registry, "test-server");
    try {
      HttpResponse<String> metrics = get(e, "/metrics");
      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.body()).contains("cloudtrade_test_calls_total{service=\"X\"} 3.0");
      assertThat(get(e, "/health").body()).contains("UP");

      int[] asked = {0};
      e.json("/alerts", () -> "{\"firing\":" + (++asked[0]) + "}");
      assertThat(get(e, "/alerts").body()).isEqualTo("{\"firing\":1}");
      assertThat(get(e, "/alerts").body()).isEqualTo("{\"firing\":2}");

      HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + e.port() + "/metrics"))
          .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(post.statusCode()).isEqualTo(405);
    } finally {
      e.destroy();
    }
  }
}
