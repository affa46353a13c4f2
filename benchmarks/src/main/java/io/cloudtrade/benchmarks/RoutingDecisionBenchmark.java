package io.cloudtrade.benchmarks;

import io.cloudtrade.routing.DataClass;
import io.cloudtrade.routing.Router;
import io.cloudtrade.routing.RoutingAttachments;
import io.cloudtrade.routing.RoutingDecision;
import io.cloudtrade.routing.RoutingRequest;
import io.cloudtrade.routing.RoutingRules;
import java.util.Map;
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

/**
 * The cost of one routing decision ({@link Router#decide}) against the SDK's sample rules, as a control
 * plane or a trading service pays it per call:
 *
 * <ul>
 *   <li>{@link #chinaRegion}: a general request in cn-hangzhou (the region's center);
 *   <li>{@link #productOverride}: a product whose override sends cn-shanghai to the international center;
 *   <li>{@link #japanSensitive}: a Japan-site account-sensitive request from a China region (resident in
 *       the international center, no failover);
 *   <li>{@link #decideAndAttach}: a decision turned into the attachments that travel with the call.
 * </ul>
 *
 * Run with {@code java -jar benchmarks/target/benchmarks.jar RoutingDecisionBenchmark -prof gc}; results in
 * {@code benchmarks/results/routing-decision.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RoutingDecisionBenchmark {
  Router router;
  RoutingRequest china;
  RoutingRequest override;
  RoutingRequest japan;

  @Setup
  public void setUp() {
    router = Router.of(RoutingRules.sample());
    china = new RoutingRequest("cn", "cn-hangzhou", "ecs", 1_380_000_000_000_001L, DataClass.GENERAL);
    override = new RoutingRequest("cn", "cn-shanghai", "global-accelerator", 1_380_000_000_000_001L, DataClass.GENERAL);
    japan = new RoutingRequest("jp", "cn-hangzhou", "ecs", 1_380_000_000_000_009L, DataClass.ACCOUNT_SENSITIVE);
    if (!"cn".equals(router.decide(china).center()) || !"intl".equals(router.decide(override).center())
        || !"intl".equals(router.decide(japan).center())) {
      throw new IllegalStateException("the sample rules do not decide as this benchmark expects");
    }
  }

  @Benchmark
  public RoutingDecision chinaRegion() {
    return router.decide(china);
  }

  @Benchmark
  public RoutingDecision productOverride() {
    return router.decide(override);
  }

  @Benchmark
  public RoutingDecision japanSensitive() {
    return router.decide(japan);
  }

  @Benchmark
  public Map<String, String> decideAndAttach() {
    return RoutingAttachments.toMap(router.decide(china));
  }
}
