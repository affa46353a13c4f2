package io.cloudtrade.monitoringagent.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cloudtrade.kernel.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The evaluator on simulated traffic: 10 calls per second unless said otherwise, evaluated once per
 * simulated second (no sleeping: the clock is the loop).
 */
class AlertEvaluatorTest {
  private static final String PAY = "PaymentService.pay";
  private static final String PLACE = "OrderService.placeOrder";
  private static final int PER_SECOND = 10;

  private static void healthy(Traffic t, String link, long from, long to) {
    t.run(from, to, s -> {
      for (int i = 0; i < PER_SECOND; i++) {
        t.ok(link, s, i, "ecs", 20);
      }
    });
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> window(Alert a, String which) {
    return (Map<String, Object>) a.howBad().get(which);
  }

  @Test
  void aTotalOutagePagesOnceFiveSecondsOfItAreInTheFiveMinuteWindow() {
    Traffic t = new Traffic();
    healthy(t, PAY, 0, 299);
    // from second 300 every call fails: the 5m window's error ratio is (k+1) x 10 / 3000 after k seconds;
    // it passes 14.4 x 0.1% = 1.44% with the 5th second (50 / 3000 = 1.67%); the 30s window at once
    t.run(300, 320, s -> {
      for (int i = 0; i < PER_SECOND; i++) {
        t.call(PAY, s, i, t.request("ecs"), 5, null, new IllegalStateException("db down"));
      }
    });
    assertThat(t.sink.firedLinks()).containsExactly("AVAILABILITY page " + PAY); // the ticket holds too, but is inhibited
    Alert a = t.sink.fired.get(0);
    assertThat(t.firstFiredSecond()).isEqualTo(304);
    assertThat(a.product()).isEqualTo("ecs");
    assertThat(a.code()).isEqualTo("IllegalStateException");
    assertThat(a.service()).isEqualTo("PaymentService");
    assertThat(a.operation()).isEqualTo("pay");
    assertThat(a.howBad().get("objective")).isEqualTo(0.999);
    assertThat(window(a, "long")).containsEntry("calls", 3000L).containsEntry("bad", 50L);
    assertThat((Double) window(a, "long").get("burnRate")).isCloseTo(50.0 / 3000 / 0.001, within(0.01));
    assertThat(window(a, "short")).containsEntry("calls", 300L).containsEntry("bad", 50L);
    assertThat((Double) window(a, "short").get("burnRate")).isCloseTo(50.0 / 300 / 0.001, within(0.01));
    assertThat(a.id()).isEqualTo("AVAILABILITY/page/" + PAY + "@" + (Traffic.T0.getEpochSecond() + 304));
    assertThat(a.summary()).contains(PAY).contains("own errors").contains("mostly IllegalStateException");
    assertThat(t.evaluator.firing()).extracting(Alert::id).containsExactly(a.id());
  }

  @Test
  void theTicketTierBurnsSixTimesTheBudgetOverAnHourAndFiveMinutesAndThePageStaysQuiet() {
    Traffic t = new Traffic();
    healthy(t, PAY, 0, 299);
    // then 1% errors (burn rate 10): never enough for the page (14.4); the ticket (6) fires once the hour
    // window (which starts at 0 here) holds more than 0.6%: (s - 300) / 10 + 1 errors of 10 (s + 1) calls: s = 730
    t.run(300, 900, s -> {
      for (int i = 0; i < PER_SECOND; i++) {
        boolean fail = s % 10 == 0 && i == 0;
        t.call(PAY, s, i, t.request("ecs"), 5, null, fail ? new IllegalStateException() : null);
      }
    });
    assertThat(t.sink.firedLinks()).containsExactly("AVAILABILITY ticket " + PAY);
    assertThat(t.firstFiredSecond()).isEqualTo(730); // since: when it started to hold
    Alert a = t.sink.fired.get(0);
    assertThat(a.lastHeld().getEpochSecond() - Traffic.T0.getEpochSecond()).isEqualTo(850); // announced 2 min later
    assertThat((Double) window(a, "long").get("burnRate")).isGreaterThan(6).isLessThan(7);
    assertThat((Double) window(a, "short").get("burnRate")).isCloseTo(10, within(0.5));
    assertThat(window(a, "long").get("window")).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void aHandfulOfFailingCallsNeverPagesTheMinimumVolumeDoes() {
    Traffic t = new Traffic();
    // the night: 3 calls in 10 minutes, all failing
    t.run(0, 600, s -> {
      if (s % 200 == 0) {
        t.call(PAY, s, 0, t.request("ecs"), 5, null, new IllegalStateException());
      }
    });
    // 29 failing calls at once on another link: below the 30 of the long window
    t.run(601, 640, s -> {
      if (s == 630) {
        for (int i = 0; i < 29; i++) {
          t.call(PLACE, s, i, t.request("ecs"), 5, null, new IllegalStateException());
        }
      }
    });
    assertThat(t.sink.fired).isEmpty();
    // the 30th
    t.call(PLACE, 641, 0, t.request("ecs"), 5, null, new IllegalStateException());
    t.evaluate(641);
    assertThat(t.sink.firedLinks()).containsExactly("AVAILABILITY page " + PLACE);
  }

  @Test
  void anOutageOfTheCalleeAlertsOnlyTheCalleeTheCallersErrorsAreCausedDownstream() {
    Traffic t = new Traffic();
    t.run(0, 299, s -> {
      for (int i = 0; i < PER_SECOND; i++) {
        t.chain(PLACE, PAY, s, i, t.request("ecs"), 30, 10, null, null);
      }
    });
    t.run(300, 330, s -> {
      for (int i = 0; i < PER_SECOND; i++) {
        t.chain(PLACE, PAY, s, i, t.request("ecs"), 30, 10, null, new IllegalStateException("payment db down"));
      }
    });
    assertThat(t.sink.firedLinks()).containsExactly("AVAILABILITY page " + PAY);
    assertThat(t.firstFiredSecond()).isEqualTo(304);
    assertThat(t.evaluator.firing()).extracting(Alert::link).containsOnly(PAY);
  }

  @Test
  void aSlowCalleeAlertsOnlyTheCalleeAbout44SecondsInTheCallersSlownessIsItsCallee() {
    Traffic t = new Traffic();
    t.run(0, 3599, s -> { // an hour of normal traffic: the ticket's window then needs 6% x 1 h = 216 s of slowness
      for (int i = 0; i < PER_SECOND; i++) {
        t.chain(PLACE, PAY, s, i, t.request("ecs"), 30, 10, null, null);
      }
    });
    // the callee takes 500 ms (threshold 300 ms), the caller 510 ms of which 10 its own: slow calls in the
    // 5m window are (k+1) x 10 / 3000 after k seconds; past 14.4 x 1% = 14.4% with the 44th second
    t.run(3600, 3900, s -> {
      for (int i = 0; i < PER_SECOND; i++) {
        t.chain(PLACE, PAY, s, i, t.request("ecs"), 500, 10, null, null);
      }
    });
    assertThat(t.sink.firedLinks()).containsExactly("LATENCY page " + PAY); // the ticket (at 216 s) is inhibited
    assertThat(t.firstFiredSecond()).isEqualTo(3643);
    Alert a = t.sink.fired.get(0);
    assertThat(a.howBad().get("latencyThreshold")).isEqualTo(Duration.ofMillis(300));
    assertThat(window(a, "long")).containsEntry("bad", 440L);
    assertThat(a.code()).isNull();
  }

  @Test
  void aCodeSurgeFiresWithinSecondsASteadyCodeRateNeverDoes() {
    Traffic t = new Traffic();
    // InsufficientBalance on 20% of the calls, from the start and for 40 minutes; ChannelUnavailable on 1%
    t.run(0, 2399, s -> {
      for (int i = 0; i < PER_SECOND; i++) {
        String code = i < 2 ? "InsufficientBalance" : (s % 10 == 0 && i == 2 ? "ChannelUnavailable" : null);
        t.call(PAY, s, i, t.request("ecs"), 20, code, null);
      }
    });
    assertThat(t.sink.fired).isEmpty();
    // then ChannelUnavailable on 30% of the calls: over max(5%, 1% x 4) of the last minute within seconds
    t.run(2400, 2430, s -> {
      for (int i = 0; i < PER_SECOND; i++) {
        String code = i < 2 ? "InsufficientBalance" : (i < 5 ? "ChannelUnavailable" : null);
        t.call(PAY, s, i, t.request("ecs"), 20, code, null);
      }
    });
    assertThat(t.sink.firedLinks()).containsExactly("CODE_SURGE page " + PAY + " ChannelUnavailable");
    assertThat(t.firstFiredSecond()).isBetween(2405L, 2415L);
    Alert a = t.sink.fired.get(0);
    assertThat((Double) a.howBad().get("baselineRatio")).isCloseTo(0.01, within(0.002));
    assertThat((Double) a.howBad().get("ratio")).isGreaterThan(0.05);
    assertThat(a.product()).isEqualTo("ecs");
    assertThat(a.summary()).contains("ChannelUnavailable on");
  }

  @Test
  void aCodePassedThroughFromTheCalleeDoesNotFireOnTheCaller() {
    Traffic t = new Traffic();
    t.run(0, 299, s -> {
      for (int i = 0; i < PER_SECOND; i++) {
        t.chain(PLACE, PAY, s, i, t.request("ecs"), 30, 10, null, null);
      }
    });
    t.run(300, 360, s -> {
      for (int i = 0; i < PER_SECOND; i++) {
        t.chain(PLACE, PAY, s, i, t.request("ecs"), 30, 10, i < 5 ? "ChannelUnavailable" : null, null);
      }
    });
    assertThat(t.sink.firedLinks()).containsExactly("CODE_SURGE page " + PAY + " ChannelUnavailable");
    assertThat(t.sink.fired.get(0).impact().causedDownstream()).isZero();
  }

  @Test
  void aCodesOwnThresholdsOverrideTheDefaults() {
    Traffic t = new Traffic("{\"codes\": {\"InsufficientBalance\": {\"floor\": 0.5}}}");
    t.run(0, 600, s -> {
      for (int i = 0; i < PER_SECOND; i++) {
        // both codes go from 1% to 8% at second 300: over max(5%, 4%) but under InsufficientBalance's 50%
        boolean surge = s >= 300;
        String code = null;
        if (s % 10 == 0 && i == 0 || surge && i == 0 && s % 10 < 8) {
          code = "InsufficientBalance";
        } else if (s % 10 == 0 && i == 1 || surge && i == 1 && s % 10 < 8) {
          code = "OrderNotPayable";
        }
        t.call(PLACE, s, i, t.request("ecs"), 20, code, null);
      }
    });
    assertThat(t.sink.firedLinks()).containsExactly("CODE_SURGE page " + PLACE + " OrderNotPayable");
  }

  @Test
  void itFiresOnceStaysFiringWhileTheConditionFlickersAndResolvesAfterTheDelay() {
    Traffic t = new Traffic();
    healthy(t, PAY, 0, 299);
    // ten rounds of 10 s of outage and 40 s of calm: the 30s window clears for about 10 s each round
    t.run(300, 799, s -> {
      boolean outage = (s - 300) % 50 < 10;
      for (int i = 0; i < PER_SECOND; i++) {
        t.call(PAY, s, i, t.request("ecs"), 5, null, outage ? new IllegalStateException() : null);
      }
    });
    assertThat(t.sink.fired).hasSize(1);
    assertThat(t.sink.resolved).isEmpty();
    // the last outage ended at 759; the 30s window holds it until 788; resolved 2 minutes later
    healthy(t, PAY, 800, 907);
    assertThat(t.sink.resolved).isEmpty();
    healthy(t, PAY, 908, 1000);
    assertThat(t.sink.resolved).hasSize(1);
    Alert resolved = t.sink.resolved.get(0);
    assertThat(resolved.state()).isEqualTo(Alert.State.RESOLVED);
    assertThat(resolved.id()).isEqualTo(t.sink.fired.get(0).id());
    assertThat(resolved.resolvedAt().getEpochSecond() - Traffic.T0.getEpochSecond()).isEqualTo(908);
    assertThat(t.sink.fired).hasSize(1);
    assertThat(t.evaluator.firing()).isEmpty();
    assertThat(t.evaluator.recent()).extracting(Alert::id).containsExactly(resolved.id());
  }

  @Test
  void aFiringAlertIsAnnouncedAgainOnlyEveryRenotifyInterval() {
    Traffic t = new Traffic("{\"renotifyInterval\": \"1m\"}");
    healthy(t, PAY, 0, 299);
    t.run(300, 430, s -> {
      for (int i = 0; i < PER_SECOND; i++) {
        t.call(PAY, s, i, t.request("ecs"), 5, null, new IllegalStateException());
      }
    });
    assertThat(t.sink.fired).extracting(Alert::notifications).containsExactly(1, 2, 3);
    assertThat(t.sink.fired).extracting(Alert::id).containsOnly(t.sink.fired.get(0).id());
    assertThat(t.sink.fired.get(1).since()).isEqualTo(t.sink.fired.get(0).since());
  }

  @Test
  void theImpactCountsDistinctAccountsAndOrdersAndAddsAmountsPerCurrencyOncePerOrder() {
    Traffic t = new Traffic();
    healthy(t, PAY, 0, 299);
    t.run(300, 330, s -> {
      for (int i = 0; i < PER_SECOND; i++) {
        int order = (int) ((s * PER_SECOND + i) % 20);
        Money amount = order % 2 == 0 ? Money.of("10.50", "CNY") : Money.of("2.00", "USD");
        Traffic.Pay pay = new Traffic.Pay("r-" + s + "-" + i, "acct-" + (order % 7), "o-" + order, "ecs", amount);
        t.call(PAY, s, i, pay, 5, null, new IllegalStateException());
      }
    });
    Alert a = t.evaluator.firing().get(0);
    assertThat(a.impact().accounts()).isEqualTo(7);
    assertThat(a.impact().accountsExact()).isTrue();
    assertThat(a.impact().orders()).isEqualTo(20);
    assertThat(a.impact().amounts()).containsExactlyInAnyOrderEntriesOf(
        Map.of("CNY", new BigDecimal("105.00"), "USD", new BigDecimal("20.00")));
    assertThat(a.impact().calls()).isEqualTo(310);
    assertThat(a.impact().complete()).isTrue();
    assertThat(a.samples()).hasSize(5);
    assertThat(a.samples()).allSatisfy(sample -> {
      assertThat(sample.requestId()).startsWith("r-330-");
      assertThat(sample.traceId()).matches("[0-9a-f]{32}");
    });
    assertThat(a.toJson()).contains("\"amounts\":{\"CNY\":\"105.00\",\"USD\":\"20.00\"}").contains("\"accounts\":7");
  }

  @Test
  void beyondTheCapTheImpactIsAtLeastN() {
    Traffic t = new Traffic(new AlertProperties(true, Duration.ofSeconds(1), 0.999, 0.99, Duration.ofMillis(300), 30, 5, 3,
        null, null, AlertProperties.CodeProperties.defaults(), Duration.ofMinutes(2), Duration.ofMinutes(30), "", 5, 3, 50));
    healthy(t, PAY, 0, 299);
    t.run(300, 310, s -> {
      for (int i = 0; i < PER_SECOND; i++) {
        t.call(PAY, s, i, t.request("ecs"), 5, null, new IllegalStateException());
      }
    });
    Alert a = t.evaluator.firing().get(0);
    assertThat(a.impact().accounts()).isEqualTo(3);
    assertThat(a.impact().accountsExact()).isFalse();
    assertThat(a.summary()).contains("at least 3 accounts");
  }

  @Test
  void theAlertNamesTheProductWhoseCallsFail() {
    Traffic t = new Traffic();
    t.run(0, 400, s -> {
      for (int i = 0; i < 9; i++) {
        t.ok(PAY, s, i, "ecs", 20);
      }
      t.call(PAY, s, 9, t.request("rds"), 5, null, s >= 300 ? new IllegalStateException() : null);
    });
    Alert a = t.sink.fired.get(0);
    assertThat(a.product()).isEqualTo("rds");
    assertThat(a.products()).containsExactly("rds");
  }

  @Test
  void aNormalLoadWithScatteredRejectionsRaisesNothing() {
    Traffic t = new Traffic();
    Random random = new Random(7);
    String[] codes = {"InsufficientBalance", "OrderNotPayable", "InvalidParameter", "QuotaExceeded", "CouponExpired"};
    t.run(0, 2700, s -> {
      for (int i = 0; i < PER_SECOND; i++) {
        double p = random.nextDouble();
        String code = p < 0.15 ? codes[(int) (p / 0.03)] : null;
        Throwable error = random.nextDouble() < 0.0005 ? new IllegalStateException() : null;
        long latency = random.nextDouble() < 0.003 ? 450 : 20 + random.nextInt(80);
        t.call(i % 2 == 0 ? PAY : PLACE, s, i, t.request(i % 3 == 0 ? "rds" : "ecs"), latency, code, error);
      }
    });
    assertThat(t.sink.fired).isEmpty();
    assertThat(t.evaluator.firing()).isEmpty();
  }
}
