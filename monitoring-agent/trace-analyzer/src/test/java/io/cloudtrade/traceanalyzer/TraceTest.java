package io.cloudtrade.traceanalyzer;

import static io.cloudtrade.traceanalyzer.TraceFixture.index;
import static io.cloudtrade.traceanalyzer.TraceFixture.sections;
import static io.cloudtrade.traceanalyzer.TraceFixture.span;
import static io.cloudtrade.traceanalyzer.TraceFixture.trace;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceTest {

  @Test
  void childrenHangUnderTheirParentsWhateverTheOrderOfTheLines() {
    Trace t = trace(span("c", "b", 20, 30), span("b", "a", 10, 40), span("a", null, 0, 50));
    assertThat(t.syntheticRoot()).isFalse();
    assertThat(t.root()).isEqualTo(index(t, "a"));
    assertThat(t.parent(index(t, "b"))).isEqualTo(index(t, "a"));
    assertThat(t.parent(index(t, "c"))).isEqualTo(index(t, "b"));
    assertThat(t.orphans()).isZero();
    assertThat(t.latencyMicros()).isEqualTo(50_000);
  }

  @Test
  void orphansHangUnderASyntheticRootSpanningThem() {
    // the root's service log was not given: b and d point to a span that is not there
    Trace t = trace(span("b", "missing", 10, 40), span("c", "b", 15, 35), span("d", "missing", 40, 60));
    assertThat(t.syntheticRoot()).isTrue();
    assertThat(t.orphans()).isEqualTo(2);
    assertThat(t.size()).isEqualTo(4);
    assertThat(t.link(t.root())).isEqualTo(Links.MISSING_PARENT);
    assertThat(t.startMicros(t.root())).isEqualTo(10_000);
    assertThat(t.endMicros(t.root())).isEqualTo(60_000);
    assertThat(t.parent(index(t, "b"))).isEqualTo(t.root());
    assertThat(t.parent(index(t, "c"))).isEqualTo(index(t, "b"));
    assertThat(sections(CriticalPath.of(t))).isEqualTo("b[0-5] c[5-25] b[25-30] d[30-50]");
  }

  @Test
  void aRootAndAnOrphanGetASyntheticRootAbove() {
    Trace t = trace(span("a", null, 0, 50), span("x", "lost", 20, 70));
    assertThat(t.syntheticRoot()).isTrue();
    assertThat(t.orphans()).isEqualTo(1);
    assertThat(t.latencyMicros()).isEqualTo(70_000);
    assertThat(t.parent(index(t, "a"))).isEqualTo(t.root());
  }

  @Test
  void twoRootsGetASyntheticRootAbove() {
    Trace t = trace(span("a", null, 0, 50), span("b", null, 10, 30));
    assertThat(t.syntheticRoot()).isTrue();
    assertThat(t.orphans()).isZero();
    assertThat(t.childCount(t.root())).isEqualTo(2);
  }

  @Test
  void aDuplicateLineCountsOnceAndTheFirstReadIsKept() {
    Trace t = trace(span("a", null, 0, 50), span("b", "a", 10, 20), span("b", "a", 10, 99), span("a", null, 0, 50));
    assertThat(t.size()).isEqualTo(2);
    assertThat(t.duplicates()).isEqualTo(2);
    assertThat(t.endMicros(index(t, "b"))).isEqualTo(20_000);
    assertThat(t.syntheticRoot()).isFalse();
  }

  @Test
  void aParentLoopIsCutAndDoesNotHang() {
    Trace t = trace(span("a", "b", 0, 50), span("b", "a", 10, 20), span("self", "self", 0, 5));
    assertThat(t.syntheticRoot()).isTrue();
    assertThat(t.orphans()).isEqualTo(2);
    CriticalPath p = CriticalPath.of(t);
    long sum = 0;
    for (int i = 0; i < t.size(); i++) {
      sum += p.selfMicros(i);
    }
    assertThat(sum).isEqualTo(t.latencyMicros());
  }

  @Test
  void spanIdsThatAreNotSixteenHexDigitsStillWork() {
    Trace t = trace(span("root-span", null, 0, 10), span("child:1", "root-span", 2, 8));
    assertThat(t.syntheticRoot()).isFalse();
    assertThat(t.parent(index(t, "child:1"))).isEqualTo(index(t, "root-span"));
    assertThat(SpanIds.toLong("00f067aa0ba902b7")).isEqualTo(0x00f067aa0ba902b7L);
    assertThat(SpanIds.toLong("FFFFFFFFFFFFFFFF")).isEqualTo(-1L);
  }
}
