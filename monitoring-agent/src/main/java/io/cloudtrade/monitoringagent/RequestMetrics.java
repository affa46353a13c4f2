package io.cloudtrade.monitoringagent;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * The Timer {@value #TIMER} (Prometheus: {@code cloudtrade_requests_seconds_bucket/_count/_sum}),
 * tagged {@code service}, {@code operation}, {@code outcome} ({@code SUCCESS} / {@code REJECTED} /
 * {@code ERROR}), {@code code} ({@value #NONE} for a success) and {@code product} (the business field
 * {@code productCode}, {@value #NONE} without one). Nothing else becomes a tag: no account, no order.
 *
 * <p>Cardinality is bounded per (service, operation): the first {@code maxCodes} distinct codes and
 * {@code maxProducts} distinct products keep their value, later ones become {@value #OTHER}.
 *
 * <p>Buckets: a percentile histogram between 1 ms and 10 s (so that Prometheus can compute quantiles)
 * plus SLO boundaries at {@link #SLOS}. Error ratio for burn-rate alerts: {@code
 * sum(rate(cloudtrade_requests_seconds_count{outcome="ERROR"}[5m])) /
 * sum(rate(cloudtrade_requests_seconds_count[5m]))}; a {@code REJECTED} call counts as good.
 */
public final class RequestMetrics {
  public static final String TIMER = "cloudtrade.requests";
  public static final String OTHER = "OTHER";
  public static final String NONE = "none";
  static final Duration[] SLOS = {
    Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
    Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
    Duration.ofMillis(2500), Duration.ofSeconds(5)
  };

  private final MeterRegistry registry;
  private final int maxCodes;
  private final int maxProducts;
  private final ConcurrentMap<String, Operation> operations = new ConcurrentHashMap<>();

  public RequestMetrics(MeterRegistry registry, int maxCodes, int maxProducts) {
    if (maxCodes < 1 || maxProducts < 1) {
      throw new IllegalArgumentException("the caps must be at least 1");
    }
    this.registry = registry;
    this.maxCodes = maxCodes;
    this.maxProducts = maxProducts;
  }

  /** The meters of one (service, operation), made once; keep the reference. */
  public Operation operation(String service, String operation) {
    return operations.computeIfAbsent(service + '\n' + operation, k -> new Operation(service, operation));
  }

  /** The meters of one (service, operation), with its own cardinality caps. Thread-safe. */
  public final class Operation {
    private final String service;
    private final String operation;
    private final String link;
    private final ConcurrentMap<String, String> codes = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> products = new ConcurrentHashMap<>();
    /** outcome ordinal -> code -> product -> timer */
    private final ConcurrentMap<String, ConcurrentMap<String, Timer>>[] timers;

    @SuppressWarnings("unchecked")
    private Operation(String service, String operation) {
      this.service = service;
      this.operation = operation;
      this.link = service + "." + operation;
      this.timers = new ConcurrentMap[RequestOutcome.values().length];
      for (int i = 0; i < timers.length; i++) {
        timers[i] = new ConcurrentHashMap<>();
      }
    }

    public String service() {
      return service;
    }

    public String operation() {
      return operation;
    }

    /** {@code "Service.operation"}: how alerts and the request log's {@code cause} name this link. */
    public String link() {
      return link;
    }

    /** Records one call; {@code code} and {@code productCode} may be null. */
    public void record(RequestOutcome outcome, String code, String productCode, long nanos) {
      String codeTag = outcome == RequestOutcome.SUCCESS || code == null ? NONE : admit(codes, maxCodes, code);
      String productTag = productCode == null || productCode.isEmpty() ? NONE : admit(products, maxProducts, productCode);
      ConcurrentMap<String, Timer> byProduct = timers[outcome.ordinal()].get(codeTag);
      if (byProduct == null) {
        byProduct = timers[outcome.ordinal()].computeIfAbsent(codeTag, k -> new ConcurrentHashMap<>());
      }
      Timer timer = byProduct.get(productTag);
      if (timer == null) {
        timer = byProduct.computeIfAbsent(productTag, p -> timer(outcome, codeTag, p));
      }
      timer.record(nanos, TimeUnit.NANOSECONDS);
    }

    /** The tag value a code gets: itself while under the cap, else {@value #OTHER}. */
    public String codeTag(String code) {
      return admit(codes, maxCodes, code);
    }

    /**
     * The tag value a product gets: itself while under the cap, else {@value #OTHER}; {@value #NONE}
     * for none.
     */
    public String productTag(String product) {
      if (product == null || product.isEmpty()) {
        return NONE;
      }
      return admit(products, maxProducts, product);
    }

    private Timer timer(RequestOutcome outcome, String code, String product) {
      return Timer.builder(TIMER)
          .description("Calls of monitored operations, by outcome (REJECTED is a business answer, ERROR a failure)")
          .tag("service", service)
          .tag("operation", operation)
          .tag("outcome", outcome.name())
          .tag("code", code)
          .tag("product", product)
          .publishPercentileHistogram()
          .minimumExpectedValue(Duration.ofMillis(1))
          .maximumExpectedValue(Duration.ofSeconds(10))
          .serviceLevelObjectives(SLOS)
          .register(registry);
    }
  }

  private static String admit(ConcurrentMap<String, String> admitted, int max, String value) {
    String known = admitted.get(value);
    if (known != null) {
      return known;
    }
    synchronized (admitted) {
      known = admitted.get(value);
      if (known != null) {
        return known;
      }
      if (admitted.size() >= max) {
        return OTHER;
      }
      admitted.put(value, value);
      return value;
    }
  }
}
