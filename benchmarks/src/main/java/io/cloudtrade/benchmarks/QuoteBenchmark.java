package io.cloudtrade.benchmarks;

import io.cloudtrade.catalog.api.CatalogErrors;
import io.cloudtrade.catalog.api.Quote;
import io.cloudtrade.catalog.application.QuoteConfiguration;
import io.cloudtrade.catalog.domain.BillingTerm;
import io.cloudtrade.catalog.domain.Pricing;
import io.cloudtrade.catalog.domain.ProductCatalog;
import io.cloudtrade.catalog.domain.ResolvedConfiguration;
import io.cloudtrade.catalog.api.QuoteRequest;
import io.cloudtrade.kernel.Outcome;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The catalog's quote path in-process, with no network, Dubbo or database: what one {@code
 * CatalogService.quote} call costs the catalog server.
 *
 * <ul>
 *   <li>{@link #quoteUseCase}: {@link QuoteConfiguration#quote} over the server's own {@code
 *       CatalogSnapshots} (version in force, billing term, validation, pricing, the API's Quote);
 *   <li>{@link #resolveAndPrice}: the domain alone, {@link ProductCatalog#resolve} then {@link
 *       Pricing#price} (validation and pricing, no lookup, no API objects).
 * </ul>
 *
 * The snapshot holds the demo catalog ({@link DemoCatalog}, the rows of the V2 migration). Run with
 * {@code java -jar benchmarks/target/benchmarks.jar QuoteBenchmark -bm avgt -tu us}, or {@code -bm
 * thrpt -tu s}; the defaults below are for a quick look, the script {@code run-quote-latency.sh} sets
 * its own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class QuoteBenchmark {
  @Param({"ecs-default", "ecs-custom", "ecs-invalid"})
  String scenario;

  private QuoteConfiguration quotes;
  private QuoteRequest request;
  private ProductCatalog ecs;
  private Map<String, String> config;
  private BillingTerm term;

  @Setup
  public void setUp() {
    QuoteScenario s = QuoteScenario.byId(scenario);
    quotes = new QuoteConfiguration(DemoCatalog.snapshots());
    request = s.request();
    ecs = DemoCatalog.catalog().inForce("ecs", Instant.now()).orElseThrow();
    config = s.request().getConfig();
    term = BillingTerm.parse(s.subscriptionType, s.period, s.periodUnit).orElseThrow();
    check(s);
  }

  @Benchmark
  public Outcome<Quote> quoteUseCase() {
    return quotes.quote(request);
  }

  @Benchmark
  public Object resolveAndPrice() {
    ResolvedConfiguration resolved = ecs.resolve(config);
    return resolved.isValid() ? Pricing.price(ecs, resolved.config(), term) : resolved;
  }

  /** Refuses to measure a path that does not give the scenario's answer. */
  private void check(QuoteScenario s) {
    Outcome<Quote> outcome = quoteUseCase();
    Object domain = resolveAndPrice();
    if (s.mustBeRejected()) {
      if (outcome.isOk() || !CatalogErrors.INVALID_CONFIGURATION.equals(outcome.code()) || !(domain instanceof ResolvedConfiguration)) {
        throw new IllegalStateException(s.id + ": expected a rejection, got " + outcome);
      }
    } else {
      String got = outcome.isOk() ? outcome.value().getFinalAmount().toPlainString() : outcome.toString();
      if (!s.expectedFinalAmount.equals(got)) {
        throw new IllegalStateException(s.id + ": expected finalAmount " + s.expectedFinalAmount + ", got " + got);
      }
    }
  }
}
