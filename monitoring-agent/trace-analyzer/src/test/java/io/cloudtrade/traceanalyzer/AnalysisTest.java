package io.cloudtrade.traceanalyzer;

import static io.cloudtrade.traceanalyzer.TraceFixture.span;
import static io.cloudtrade.traceanalyzer.TraceFixture.trace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AnalysisTest {

  private static LinkRow row(Findings f, String name) {
    return f.links().stream().filter(r -> r.link().name().equals(name)).findFirst().orElseThrow();
  }

  /** Nine traces of 10 ms (A 5 then B 5) and one of 50 ms where B took 45. */
  private static Findings nineNormalOneSlow(Analysis.Settings settings) {
    Analysis a = new Analysis(TraceFixture.LINKS, settings);
    for (int i = 0; i < 9; i++) {
      a.add(trace("n" + i, span("r", null, 0, 10, "Api.call"), span("a" + i, "r", 0, 5, "Svc.a"), span("b" + i, "r", 5, 10, "Svc.b")));
    }
    a.add(trace("slow", span("r", null, 0, 50, "Api.call"), span("a", "r", 0, 5, "Svc.a"),
        new TraceFixture.S("b", "r", 5, 50, "Svc.b", Outcome.ERROR)));
    return a.finish(new InputStats());
  }

  @Test
  void theLinkWhoseCriticalSelfTimeGrowsInSlowTracesIsNamed() {
    Findings f = nineNormalOneSlow(Analysis.Settings.defaults());
    assertThat(f.traces()).isEqualTo(10);
    assertThat(f.slowThreshold()).isEqualTo(10_000);
    assertThat(f.slowTraces()).isEqualTo(1);
    assertThat(f.meanSlow()).isEqualTo(50_000);
    assertThat(f.meanNormal()).isEqualTo(10_000);
    assertThat(f.excess()).isEqualTo(40_000);
    assertThat(f.top().link().name()).isEqualTo("Svc.b");
    assertThat(f.top().added()).isEqualTo(40_000);
    assertThat(f.standsOut()).isTrue();
    assertThat(row(f, "Svc.a").added()).isZero();
    assertThat(TextReport.firstLine(f)).isEqualTo("slowest-link: Svc.b added-ms=40.0 traces=10 slow-traces=1 kind=server");
    // the additions of all links make up the excess
    assertThat(f.links().stream().mapToDouble(LinkRow::added).sum()).isCloseTo(f.excess(), within(1e-6));
  }

  @Test
  void perLinkStatisticsCoverEverySpan() {
    Findings f = nineNormalOneSlow(Analysis.Settings.defaults());
    LinkRow b = row(f, "Svc.b");
    assertThat(b.calls()).isEqualTo(10);
    assertThat(b.p50()).isEqualTo(5_000);
    assertThat(b.p90()).isEqualTo(5_000);
    assertThat(b.p99()).isEqualTo(45_000);
    assertThat(b.max()).isEqualTo(45_000);
    assertThat(b.errors()).isEqualTo(1);
    assertThat(b.criticalSelf()).isEqualTo(9 * 5_000 + 45_000);
    assertThat(b.criticalShare()).isCloseTo(90_000.0 / 140_000, within(1e-9));
    assertThat(b.slowOnPath()).isEqualTo(1);
    assertThat(f.links().get(0).link().name()).isEqualTo("Svc.b"); // most critical self time first
    assertThat(f.slowest()).hasSize(10);
    assertThat(f.slowest().get(0).trace().traceId()).isEqualTo("slow");
  }

  @Test
  void belowTheMinimumNothingStandsOut() {
    Findings f = nineNormalOneSlow(new Analysis.Settings(90, 10, 50.0, null, null));
    assertThat(f.standsOut()).isFalse();
    assertThat(TextReport.firstLine(f)).isEqualTo("slowest-link: none added-ms=40.0 traces=10 slow-traces=1");
    assertThat(TextReport.verdict(f)).startsWith("nothing stands out: the largest increase is Svc.b (server), +40.0 ms");
  }

  @Test
  void theStandOutRuleNeedsBothTheMinimumAndAFifthOfTheExcess() {
    assertThat(Analysis.standsOut(40_000, 42_000, 5)).isTrue();
    assertThat(Analysis.standsOut(4_900, 5_000, 5)).isFalse(); // under 5 ms
    assertThat(Analysis.standsOut(6_000, 40_000, 5)).isFalse(); // 15% of the excess
    assertThat(Analysis.standsOut(8_000, 40_000, 5)).isTrue(); // 20%
  }

  @Test
  void whenAllTracesAreAlikeNoneIsSlow() {
    Analysis a = new Analysis(TraceFixture.LINKS, Analysis.Settings.defaults());
    for (int i = 0; i < 5; i++) {
      a.add(trace("t" + i, span("r", null, 0, 10, "Api.call")));
    }
    Findings f = a.finish(new InputStats());
    assertThat(f.slowTraces()).isZero();
    assertThat(f.standsOut()).isFalse();
    assertThat(f.singleSpanTraces()).isEqualTo(5);
    assertThat(TextReport.firstLine(f)).isEqualTo("slowest-link: none added-ms=0.0 traces=5 slow-traces=0");
  }

  @Test
  void sinceAndUntilKeepTheTracesStartingInTheWindow() {
    Instant base = Instant.ofEpochMilli(0);
    Analysis a = new Analysis(TraceFixture.LINKS,
        new Analysis.Settings(90, 10, 5, base.plusMillis(100), base.plusMillis(300)));
    for (int i = 0; i < 5; i++) {
      a.add(trace("t" + i, span("r", null, i * 100, i * 100 + 10, "Api.call")));
    }
    Findings f = a.finish(new InputStats());
    assertThat(f.traces()).isEqualTo(2); // starting at 100 and 200 ms
    assertThat(f.outsideWindow()).isEqualTo(3);
  }

  @Test
  void orphansAndDuplicatesAreCounted() {
    Analysis a = new Analysis(TraceFixture.LINKS, Analysis.Settings.defaults());
    a.add(trace("t", span("b", "lost", 0, 10, "Svc.b"), span("b", "lost", 0, 10, "Svc.b")));
    Findings f = a.finish(new InputStats());
    assertThat(f.orphans()).isEqualTo(1);
    assertThat(f.duplicates()).isEqualTo(1);
    assertThat(f.syntheticRoots()).isEqualTo(1);
    assertThat(f.spans()).isEqualTo(1);
    assertThat(row(f, "(missing parent)").calls()).isEqualTo(1);
  }
}
