package io.cloudtrade.traceanalyzer;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The summary on standard output. Its first line is for scripts, always of the form
 *
 * <pre>
 * slowest-link: PaymentService.pay added-ms=42.3 traces=1234 slow-traces=124 kind=server
 * slowest-link: none added-ms=1.2 traces=1234 slow-traces=124
 * </pre>
 *
 * ({@code none} when nothing stands out; {@code added-ms} is then the largest increase found). Names from the
 * logs have their whitespace and control characters replaced there, so the line stays one line of fields.
 */
public final class TextReport {
  private TextReport() {
  }

  /** The first line (see the class comment). */
  public static String firstLine(Findings f) {
    LinkRow top = f.top();
    double added = top == null ? 0 : top.added();
    String head = f.standsOut()
        ? "slowest-link: " + field(top.link().name())
        : "slowest-link: none";
    String line = head + " added-ms=" + ms1(added) + " traces=" + f.traces() + " slow-traces=" + f.slowTraces();
    return f.standsOut() ? line + " kind=" + field(top.link().kind()) : line;
  }

  /** The sentence that says which link, or that nothing stands out, and why. */
  public static String verdict(Findings f) {
    LinkRow top = f.top();
    String percentile = "p" + num(f.settings().slowPercentile());
    if (f.traces() == 0) {
      return "nothing stands out: no trace was found";
    }
    if (top == null) {
      return "nothing stands out: no trace is slower than the " + percentile + " (" + ms1(f.slowThreshold()) + " ms)";
    }
    String share = pct(f.excess() == 0 ? 0 : top.added() / f.excess());
    if (f.standsOut()) {
      return "slowest link: " + top.link().name() + " (+" + ms1(top.added()) + " ms per slow trace on the critical path; "
          + share + " of the slow traces' excess of " + ms1(f.excess()) + " ms; kind " + top.link().kind() + ")";
    }
    return "nothing stands out: the largest increase is " + top.link().name() + " (" + top.link().kind() + "), +"
        + ms1(top.added()) + " ms per slow trace (" + share + " of the excess of " + ms1(f.excess())
        + " ms); a link stands out from +" + num(f.settings().minAddedMillis()) + " ms and "
        + pct(Analysis.MIN_SHARE_OF_EXCESS) + " of the excess";
  }

  public static void print(Findings f, PrintStream out) {
    out.println(firstLine(f));
    out.println(clean(verdict(f)));
    out.println();
    InputStats in = f.input();
    out.printf(Locale.ROOT, "input: %d files, %d lines (%d request-log lines, %d other lines ignored), %d malformed, %d spans read%n",
        in.files(), in.lines(), in.requestLines(), in.otherLines(), in.malformed(), in.spans());
    out.printf(Locale.ROOT, "traces: %d analysed (%d outside --since/--until), %d spans, %d duplicate lines dropped, "
            + "%d orphan spans (%d traces got a synthetic root), %d single-span traces%n",
        f.traces(), f.outsideWindow(), f.spans(), f.duplicates(), f.orphans(), f.syntheticRoots(), f.singleSpanTraces());
    out.printf(Locale.ROOT, "slow traces: %d with latency > p%s = %s ms; mean %s ms against %s ms for the others (excess %s ms)%n",
        f.slowTraces(), num(f.settings().slowPercentile()), ms2(f.slowThreshold()), ms2(f.meanSlow()), ms2(f.meanNormal()),
        ms2(f.excess()));
    int top = f.settings().top();

    out.println();
    out.println("links that add the most latency to slow traces (critical-path self time per trace, slow minus others):");
    out.printf(Locale.ROOT, "  %9s %9s %9s %15s  %s%n", "added-ms", "slow-ms", "other-ms", "on-path-in-slow", "link");
    for (LinkRow r : f.byAdded().subList(0, Math.min(top, f.byAdded().size()))) {
      out.printf(Locale.ROOT, "  %9s %9s %9s %15s  %s%n", ms2(r.added()), ms2(r.slowMeanSelf()), ms2(r.normalMeanSelf()),
          r.slowOnPath() + "/" + f.slowTraces(), clean(r.link().toString()));
    }

    out.println();
    out.println("links (all traces; latencies in ms; cp = self time on the critical path):");
    out.printf(Locale.ROOT, "  %8s %9s %9s %9s %9s %7s %8s %12s %8s  %s%n", "calls", "p50", "p90", "p99", "max", "errors",
        "rejected", "cp-total-ms", "cp-share", "link");
    for (LinkRow r : f.links()) {
      boolean synthetic = r.link().synthetic();
      out.printf(Locale.ROOT, "  %8d %9s %9s %9s %9s %7d %8d %12s %8s  %s%n", r.calls(), synthetic ? "-" : ms2(r.p50()),
          synthetic ? "-" : ms2(r.p90()), synthetic ? "-" : ms2(r.p99()), synthetic ? "-" : ms2(r.max()), r.errors(),
          r.rejections(), ms1(r.criticalSelf()), pct(r.criticalShare()), clean(r.link().toString()));
    }

    if (!f.slowest().isEmpty()) {
      out.println();
      out.println("slowest traces (critical path in time order: link self-ms):");
      int rank = 1;
      for (CriticalPath p : f.slowest()) {
        out.printf(Locale.ROOT, "  %d. %s %s ms at %s%s: %s%n", rank++, clean(p.trace().traceId()), ms2(p.trace().latencyMicros()),
            instant(p.trace().startMicros(p.trace().root())), p.trace().syntheticRoot() ? " (synthetic root)" : "",
            clean(pathText(p, f)));
      }
    }

    List<String> examples = in.malformedExamples();
    if (!examples.isEmpty()) {
      out.println();
      out.println("malformed lines (first " + examples.size() + " of " + in.malformed() + "):");
      for (String e : examples) {
        out.println("  " + clean(e));
      }
    }
  }

  private static String pathText(CriticalPath p, Findings f) {
    StringBuilder sb = new StringBuilder();
    for (int span : p.spans()) {
      if (sb.length() > 0) {
        sb.append(" > ");
      }
      sb.append(f.link(p.trace().link(span)).name()).append(' ').append(ms2(p.selfMicros(span)));
    }
    return sb.toString();
  }

  static String instant(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L).toString();
  }

  /** Microseconds as milliseconds with one decimal. */
  static String ms1(double micros) {
    return noNegativeZero(String.format(Locale.ROOT, "%.1f", micros / 1000.0));
  }

  static String ms2(double micros) {
    return noNegativeZero(String.format(Locale.ROOT, "%.2f", micros / 1000.0));
  }

  /** "-0.0" (a tiny negative number rounded) as "0.0". */
  private static String noNegativeZero(String s) {
    return s.startsWith("-") && s.chars().noneMatch(c -> c >= '1' && c <= '9') ? s.substring(1) : s;
  }

  static String pct(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  /** 90 as "90", 99.9 as "99.9". */
  static String num(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
  }

  /** Control characters replaced, so that a name from the logs cannot break the report's lines. */
  static String clean(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? '?' : c);
    }
    return sb.toString();
  }

  /** For the first line: whitespace and control characters become '_'. */
  private static String field(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c) ? '_' : c);
    }
    return sb.length() == 0 ? "_" : sb.toString();
  }
}
