package io.cloudtrade.traceanalyzer;

import static io.cloudtrade.traceanalyzer.TraceFixture.sections;
import static io.cloudtrade.traceanalyzer.TraceFixture.self;
import static io.cloudtrade.traceanalyzer.TraceFixture.span;
import static io.cloudtrade.traceanalyzer.TraceFixture.trace;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CriticalPathTest {

  @Test
  void aLoneSpanIsAllSelfTime() {
    CriticalPath p = CriticalPath.of(trace(span("root", null, 0, 7)));
    assertThat(sections(p)).isEqualTo("root[0-7]");
    assertThat(self(p, "root")).isEqualTo(7.0);
  }

  @Test
  void sequentialChildrenAreAllOnThePathWithTheGapsAsTheParentsSelfTime() {
    CriticalPath p = CriticalPath.of(trace(
        span("root", null, 0, 100),
        span("b", "root", 50, 90),
        span("a", "root", 10, 40)));
    assertThat(sections(p)).isEqualTo("root[0-10] a[10-40] root[40-50] b[50-90] root[90-100]");
    assertThat(self(p, "root")).isEqualTo(30.0);
    assertThat(self(p, "a")).isEqualTo(30.0);
    assertThat(self(p, "b")).isEqualTo(40.0);
  }

  @Test
  void ofParallelChildrenOnlyTheOneThatFinishedLastIsOnThePath() {
    CriticalPath p = CriticalPath.of(trace(
        span("root", null, 0, 100),
        span("a", "root", 10, 60),
        span("b", "root", 10, 80),
        span("c", "root", 20, 50)));
    assertThat(sections(p)).isEqualTo("root[0-10] b[10-80] root[80-100]");
    assertThat(self(p, "a")).isZero();
    assertThat(self(p, "c")).isZero();
    assertThat(p.onPath(TraceFixture.index(p.trace(), "a"))).isFalse();
  }

  @Test
  void nestedSpansAreWalkedInto() {
    CriticalPath p = CriticalPath.of(trace(
        span("root", null, 0, 100),
        span("a", "root", 10, 90),
        span("a1", "a", 20, 50),
        span("a2", "a", 55, 85),
        span("x", "a2", 60, 70)));
    assertThat(sections(p))
        .isEqualTo("root[0-10] a[10-20] a1[20-50] a[50-55] a2[55-60] x[60-70] a2[70-85] a[85-90] root[90-100]");
    assertThat(self(p, "root")).isEqualTo(20.0);
    assertThat(self(p, "a")).isEqualTo(20.0);
    assertThat(self(p, "a1")).isEqualTo(30.0);
    assertThat(self(p, "a2")).isEqualTo(20.0);
    assertThat(self(p, "x")).isEqualTo(10.0);
  }

  @Test
  void anOverlappingChildThatEndsAfterTheNextOneStartsIsNotOnThePath() {
    // a was still running when b started: b, which finished later, is what the root waited for
    CriticalPath p = CriticalPath.of(trace(
        span("root", null, 0, 100),
        span("a", "root", 0, 50),
        span("b", "root", 40, 100)));
    assertThat(sections(p)).isEqualTo("root[0-40] b[40-100]");
  }

  @Test
  void anOverlapWithinTheTimestampResolutionIsSequentialAndCutAtTheNextStart() {
    // ts is in ms: a really ended before b started, b's start was rounded down
    CriticalPath p = CriticalPath.of(trace(
        span("root", null, 0, 100),
        span("a", "root", 0, 40.6),
        span("b", "root", 40, 100)));
    assertThat(sections(p)).isEqualTo("a[0-40] b[40-100]");
    assertThat(self(p, "root")).isZero();
  }

  @Test
  void aChildExceedingItsParentIsClampedIntoIt() {
    CriticalPath late = CriticalPath.of(trace(span("root", null, 0, 100), span("a", "root", 60, 130)));
    assertThat(sections(late)).isEqualTo("root[0-60] a[60-100]");

    // clock offset: the child seems to start before its parent
    CriticalPath early = CriticalPath.of(trace(span("root", null, 10, 100), span("a", "root", 7, 40)));
    assertThat(sections(early)).isEqualTo("a[0-30] root[30-90]");

    CriticalPath outside = CriticalPath.of(trace(span("root", null, 0, 100), span("a", "root", 120, 150)));
    assertThat(sections(outside)).isEqualTo("root[0-100]");
  }

  @Test
  void grandchildrenAreClampedIntoTheirParentsClampedTime() {
    CriticalPath p = CriticalPath.of(trace(
        span("root", null, 0, 100),
        span("a", "root", 50, 130),
        span("a1", "a", 90, 120)));
    assertThat(sections(p)).isEqualTo("root[0-50] a[50-90] a1[90-100]");
  }

  @Test
  void zeroLengthChildrenAreNotOnThePath() {
    CriticalPath p = CriticalPath.of(trace(span("root", null, 0, 10), span("a", "root", 5, 5)));
    assertThat(sections(p)).isEqualTo("root[0-10]");
  }

  @Test
  void aVeryDeepChainDoesNotOverflowTheStack() {
    int depth = 20_000;
    List<TraceFixture.S> spans = new ArrayList<>();
    spans.add(span("s0", null, 0, 2 * depth));
    for (int i = 1; i < depth; i++) {
      spans.add(span("s" + i, "s" + (i - 1), i, 2 * depth - i, "Svc.deep"));
    }
    CriticalPath p = CriticalPath.of(trace(spans.toArray(TraceFixture.S[]::new)));
    long sum = 0;
    for (int i = 0; i < p.trace().size(); i++) {
      sum += p.selfMicros(i);
    }
    assertThat(sum).isEqualTo(p.trace().latencyMicros());
    assertThat(p.spans()).hasSize(depth);
  }

  @Test
  void onRandomTreesTheSectionsTileTheRootExactly() {
    Random r = new Random(7);
    for (int round = 0; round < 300; round++) {
      int n = 1 + r.nextInt(40);
      List<TraceFixture.S> spans = new ArrayList<>();
      spans.add(span("s0", null, 0, 100));
      for (int i = 1; i < n; i++) {
        int parent = r.nextInt(i);
        double start = r.nextInt(120) - 10; // some start before, some end after the root
        spans.add(span("s" + i, "s" + parent, start, start + r.nextInt(60)));
      }
      CriticalPath p = CriticalPath.of(trace(spans.toArray(TraceFixture.S[]::new)));
      Trace t = p.trace();
      long cursor = t.startMicros(t.root());
      long sum = 0;
      for (int i = 0; i < p.sectionCount(); i++) {
        assertThat(p.sectionFromMicros(i)).as("round %d: sections are contiguous", round).isEqualTo(cursor);
        assertThat(p.sectionToMicros(i)).isGreaterThan(p.sectionFromMicros(i));
        cursor = p.sectionToMicros(i);
        sum += p.sectionToMicros(i) - p.sectionFromMicros(i);
      }
      assertThat(cursor).isEqualTo(t.endMicros(t.root()));
      long self = 0;
      for (int i = 0; i < t.size(); i++) {
        self += p.selfMicros(i);
      }
      assertThat(self).isEqualTo(sum).isEqualTo(t.latencyMicros());
    }
  }
}
