package io.cloudtrade.traceanalyzer;

/** Hand-built traces for tests: spans with string ids and times in milliseconds from 0. */
final class TraceFixture {
  static final Links LINKS = new Links();

  private TraceFixture() {
  }

  /** A span: id, parent id (null for a root), start and end in ms, and a link name {@code Service.op}. */
  record S(String id, String parent, double startMs, double endMs, String link, Outcome outcome) {
  }

  static S span(String id, String parent, double startMs, double endMs) {
    return new S(id, parent, startMs, endMs, "Svc." + id, Outcome.SUCCESS);
  }

  static S span(String id, String parent, double startMs, double endMs, String link) {
    return new S(id, parent, startMs, endMs, link, Outcome.SUCCESS);
  }

  static long us(double ms) {
    return Math.round(ms * 1000);
  }

  static int link(String name) {
    int dot = name.indexOf('.');
    return LINKS.id(name.substring(0, dot), name.substring(dot + 1), "server");
  }

  static Trace trace(S... spans) {
    return trace("t1", spans);
  }

  static Trace trace(String traceId, S... spans) {
    SpanBuffer b = new SpanBuffer();
    for (S s : spans) {
      b.add(SpanIds.toLong(s.id()), s.parent() != null, s.parent() == null ? 0 : SpanIds.toLong(s.parent()), us(s.startMs()),
          us(s.endMs()) - us(s.startMs()), link(s.link()), s.outcome());
    }
    return Trace.rebuild(traceId, b);
  }

  /** The index of the span whose link is {@code Svc.<id>} (or the given link name). */
  static int index(Trace t, String linkName) {
    for (int i = 0; i < t.size(); i++) {
      if (LINKS.get(t.link(i)).name().equals(linkName) || LINKS.get(t.link(i)).name().equals("Svc." + linkName)) {
        return i;
      }
    }
    throw new AssertionError("no span " + linkName);
  }

  /** Self time of the span in ms. */
  static double self(CriticalPath p, String id) {
    return p.selfMicros(index(p.trace(), id)) / 1000.0;
  }

  /** The path as "span[from-to] ..." in ms, for readable assertions. */
  static String sections(CriticalPath p) {
    StringBuilder sb = new StringBuilder();
    long origin = p.trace().startMicros(p.trace().root());
    for (int i = 0; i < p.sectionCount(); i++) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      String name = LINKS.get(p.trace().link(p.sectionSpan(i))).name();
      sb.append(name.startsWith("Svc.") ? name.substring(4) : name).append('[').append(fmt(p.sectionFromMicros(i) - origin))
          .append('-').append(fmt(p.sectionToMicros(i) - origin)).append(']');
    }
    return sb.toString();
  }

  private static String fmt(long micros) {
    return micros % 1000 == 0 ? Long.toString(micros / 1000) : Double.toString(micros / 1000.0);
  }
}
