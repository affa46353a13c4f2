package io.cloudtrade.benchmarks;

import io.cloudtrade.kernel.BusinessField;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.monitoringagent.Classification;
import io.cloudtrade.monitoringagent.Monitored;
import io.cloudtrade.monitoringagent.MonitoringProperties;
import io.cloudtrade.monitoringagent.RequestLog;
import io.cloudtrade.monitoringagent.RequestLogSink;
import io.cloudtrade.monitoringagent.RequestMetrics;
import io.cloudtrade.monitoringagent.RequestOutcome;
import io.cloudtrade.monitoringagent.RequestRecorder;
import io.cloudtrade.monitoringagent.alerts.AlertEvaluator;
import io.cloudtrade.monitoringagent.alerts.AlertProperties;
import io.cloudtrade.monitoringagent.alerts.AlertSink;
import io.cloudtrade.monitoringagent.faults.FaultInjection;
import io.cloudtrade.monitoringagent.spring.MonitoredAdvisor;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.Serializable;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.aop.framework.ProxyFactory;

/**
 * What the monitoring agent adds to one call: the same small service method (an argument with four
 * {@link BusinessField}s, an {@link Outcome} with one more in its value) called
 *
 * <ul>
 *   <li>{@link #direct}: on the bean itself;
 *   <li>{@link #monitoredLogOff}: through the {@code @Monitored} advice (a CGLIB proxy, as Spring Boot
 *       makes it) with the request log's logger disabled (this module's SLF4J is slf4j-nop): span and
 *       ids, classification, the product field, the Timer sample; no line formatted;
 *   <li>{@link #monitoredLogFormatted}: the same with the JSON line formatted into a String for every
 *       call and handed to a sink that drops it (into a Blackhole): everything but the appender's I/O;
 *   <li>{@link #timerSampleOnly}: one sample into the agent's Timer alone (the registry's share of the
 *       above);
 *   <li>{@link #monitoredLogOffAlerts}: {@link #monitoredLogOff} with the alert evaluator counting the call
 *       (as the starter wires it); {@link #alertCountOnly}: the evaluator's count alone.
 * </ul>
 *
 * The Timer goes to a SimpleMeterRegistry with the agent's histogram settings. Not measured here: a
 * Prometheus registry's bucket updates, logback's MDC (slf4j-nop's MDC does nothing) and the file
 * appender. Run with {@code java -jar benchmarks/target/benchmarks.jar MonitoringAgentOverheadBenchmark
 * -prof gc}; results in {@code benchmarks/results/monitoring-agent-overhead.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class MonitoringAgentOverheadBenchmark {

  public enum OrderType { NEW, RENEW }

  /** The argument: four business fields and one that is not logged. */
  public static final class PlaceOrderRequest implements Serializable {
    @BusinessField("requestId") final String requestId;
    @BusinessField("accountId") final long accountId;
    @BusinessField(BusinessField.PRODUCT_CODE) final String productCode;
    @BusinessField("amount") final Money amount;
    final OrderType orderType;

    PlaceOrderRequest(String requestId, long accountId, String productCode, Money amount, OrderType orderType) {
      this.requestId = requestId;
      this.accountId = accountId;
      this.productCode = productCode;
      this.amount = amount;
      this.orderType = orderType;
    }
  }

  /** The value of the answer: the id the call assigned. */
  public record OrderPlaced(@BusinessField("orderId") long orderId, long amountMinor) implements Serializable {}

  public interface OrderService {
    Outcome<OrderPlaced> placeOrder(PlaceOrderRequest request);
  }

  /** A small method: some arithmetic and one allocation, as a cheap use case might be. */
  @Monitored
  public static class PlaceOrders implements OrderService {
    private long nextId = 1_000_000;

    @Override
    public Outcome<OrderPlaced> placeOrder(PlaceOrderRequest request) {
      if (request.amount.isNegative()) {
        return Outcome.rejected("InvalidParameter", "negative amount");
      }
      return Outcome.ok(new OrderPlaced(nextId++, request.amount.minor()));
    }
  }

  /** A sink that is on and drops the line into the Blackhole. */
  static final class BlackholeSink implements RequestLogSink {
    Blackhole blackhole;
    long lines;

    @Override
    public boolean isEnabled() {
      return true;
    }

    @Override
    public void write(String line) {
      lines++;
      blackhole.consume(line);
    }
  }

  private PlaceOrderRequest request;
  private OrderService plain;
  private OrderService logOff;
  private OrderService logFormatted;
  private final BlackholeSink sink = new BlackholeSink();
  private SimpleMeterRegistry registry;
  private RequestMetrics.Operation timerOnly;
  private OrderService logOffAlerts;
  private AlertEvaluator evaluator;
  private RequestMetrics.Operation alertOnly;

  @Setup
  public void setUp(Blackhole blackhole) {
    request = new PlaceOrderRequest("req-20261125-000042", 1_000_042L, "ecs", Money.of("361.00", "CNY"), OrderType.NEW);
    plain = new PlaceOrders();
    registry = new SimpleMeterRegistry();
    RequestRecorder quiet = new RequestRecorder(MonitoringProperties.defaults(), registry, RequestLogSink.slf4j());
    if (quiet.properties().requestLog().enabled() && RequestLogSink.slf4j().isEnabled()) {
      throw new IllegalStateException("the logger " + RequestLog.LOGGER_NAME + " is enabled: this case needs it off");
    }
    logOff = proxy(quiet);
    sink.blackhole = blackhole;
    logFormatted = proxy(new RequestRecorder(MonitoringProperties.defaults(), registry, sink));
    check();
    timerOnly = new RequestMetrics(new SimpleMeterRegistry(), 50, 100).operation("OrderService", "placeOrder");
    evaluator = new AlertEvaluator(AlertProperties.defaults(), AlertSink.NONE);
    logOffAlerts = proxy(new RequestRecorder(MonitoringProperties.defaults(), registry, RequestLogSink.slf4j(), evaluator,
        FaultInjection.disabled()));
    alertOnly = new RequestMetrics(new SimpleMeterRegistry(), 50, 100).operation("OrderService", "placeOrder");
  }

  private static OrderService proxy(RequestRecorder recorder) {
    ProxyFactory pf = new ProxyFactory(new PlaceOrders());
    pf.setProxyTargetClass(true); // Spring Boot's default
    pf.addAdvisor(new MonitoredAdvisor(() -> recorder));
    return (OrderService) pf.getProxy();
  }

  /** Each case does what it claims: the proxies record, the formatted one writes a line. */
  private void check() {
    long before = sink.lines;
    if (!logFormatted.placeOrder(request).isOk() || !logOff.placeOrder(request).isOk() || !plain.placeOrder(request).isOk()) {
      throw new IllegalStateException("the call was rejected");
    }
    if (sink.lines != before + 1) {
      throw new IllegalStateException("the formatted case wrote " + (sink.lines - before) + " lines");
    }
    long samples = registry.get(RequestMetrics.TIMER).tags("service", "OrderService", "product", "ecs").timers().stream()
        .mapToLong(t -> t.count()).sum();
    if (samples != 2) {
      throw new IllegalStateException("expected 2 Timer samples, got " + samples);
    }
  }

  @Benchmark
  public Outcome<OrderPlaced> direct() {
    return plain.placeOrder(request);
  }

  @Benchmark
  public Outcome<OrderPlaced> monitoredLogOff() {
    return logOff.placeOrder(request);
  }

  @Benchmark
  public Outcome<OrderPlaced> monitoredLogFormatted() {
    return logFormatted.placeOrder(request);
  }

  @Benchmark
  public void timerSampleOnly() {
    timerOnly.record(RequestOutcome.SUCCESS, null, "ecs", 1_234);
  }

  @Benchmark
  public Outcome<OrderPlaced> monitoredLogOffAlerts() {
    return logOffAlerts.placeOrder(request);
  }

  @Benchmark
  public void alertCountOnly() {
    evaluator.record(alertOnly, "ecs", Classification.SUCCESS, null, 1_234, 1_234,
        System.currentTimeMillis(), null, null);
  }
}
