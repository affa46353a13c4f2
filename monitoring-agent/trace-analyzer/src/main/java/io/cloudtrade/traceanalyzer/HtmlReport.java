package io.cloudtrade.traceanalyzer;

import static io.cloudtrade.traceanalyzer.TextReport.instant;
import static io.cloudtrade.traceanalyzer.TextReport.ms1;
import static io.cloudtrade.traceanalyzer.TextReport.ms2;
import static io.cloudtrade.traceanalyzer.TextReport.num;
import static io.cloudtrade.traceanalyzer.TextReport.pct;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report as one self-contained HTML page (inline CSS, no script, nothing fetched): the verdict, a summary,
 * the links that add the most latency, every link, and the slowest traces each drawn as a waterfall with its
 * critical path. Every string that comes from the logs is escaped.
 */
public final class HtmlReport {
  /** Rows drawn per trace at most (its spans in tree order); the rest are counted. */
  static final int MAX_ROWS_PER_TRACE = 100;

  private static final String CSS = """
      body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222;max-width:1400px}
      h1{font-size:22px}h2{font-size:18px;margin-top:32px;border-bottom:1px solid #ccc}h3{font-size:15px;margin:20px 0 6px}
      table{border-collapse:collapse;margin:6px 0}th,td{padding:2px 8px;border-bottom:1px solid #eee;text-align:right;white-space:nowrap}
      th{background:#f4f4f4}td.l,th.l{text-align:left}
      .verdict{font-size:16px;padding:10px 14px;border-radius:4px;background:#eef5ee;border:1px solid #9c9}
      .verdict.hot{background:#fdeeee;border-color:#e99}
      .mono{font-family:ui-monospace,monospace}
      .wf td.bar{width:600px;padding:2px 4px}
      .track{position:relative;height:12px;background:#fafafa}
      .span{position:absolute;top:2px;height:8px;background:#c8c8c8}
      .span.cp{background:#8fb3e0}
      .self{position:absolute;top:0;height:12px;background:#d23}
      .added{display:inline-block;height:10px;background:#d23;vertical-align:middle}
      .note{color:#666}
      """;

  private HtmlReport() {
  }

  public static void write(Findings f, Path file) throws IOException {
    Files.writeString(file, render(f), StandardCharsets.UTF_8);
  }

  static String render(Findings f) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width\"><title>Trace analysis</title><style>")
        .append(CSS).append("</style></head><body>\n");
    h.append("<h1>Trace analysis</h1>\n");
    h.append("<p class=\"verdict").append(f.standsOut() ? " hot" : "").append("\">").append(esc(TextReport.verdict(f)))
        .append("</p>\n");
    h.append("<p class=\"mono note\">").append(esc(TextReport.firstLine(f))).append("</p>\n");
    summary(h, f);
    added(h, f);
    links(h, f);
    slowest(h, f);
    malformed(h, f);
    howToRead(h, f);
    h.append("</body></html>\n");
    return h.toString();
  }

  private static void summary(StringBuilder h, Findings f) {
    InputStats in = f.input();
    h.append("<h2>Summary</h2>\n<table>\n");
    row(h, "files read", Integer.toString(in.files()));
    row(h, "lines", in.lines() + " (" + in.requestLines() + " request-log lines, " + in.otherLines() + " other lines ignored)");
    row(h, "malformed request-log lines", Long.toString(in.malformed()));
    row(h, "spans read", Long.toString(in.spans()));
    row(h, "duplicate lines dropped", Long.toString(f.duplicates()));
    row(h, "orphan spans (parent not in the logs)", f.orphans() + " (" + f.syntheticRoots() + " traces got a synthetic root)");
    row(h, "traces analysed", f.traces() + (f.outsideWindow() > 0 ? " (" + f.outsideWindow() + " outside --since/--until)" : ""));
    row(h, "single-span traces", Long.toString(f.singleSpanTraces()));
    row(h, "slow threshold", "p" + num(f.settings().slowPercentile()) + " = " + ms2(f.slowThreshold()) + " ms");
    row(h, "slow traces", Long.toString(f.slowTraces()));
    row(h, "mean latency, slow / other traces", ms2(f.meanSlow()) + " ms / " + ms2(f.meanNormal()) + " ms");
    row(h, "excess of the slow traces", ms2(f.excess()) + " ms");
    h.append("</table>\n");
  }

  private static void row(StringBuilder h, String name, String value) {
    h.append("<tr><th class=\"l\">").append(esc(name)).append("</th><td class=\"l\">").append(esc(value)).append("</td></tr>\n");
  }

  private static void added(StringBuilder h, Findings f) {
    h.append("<h2>Links that add the most latency to slow traces</h2>\n");
    h.append("<p class=\"note\">Mean self time on the critical path per slow trace, minus the same per other trace.</p>\n");
    h.append("<table><tr><th class=\"l\">link</th><th>kind</th><th>added ms</th><th></th><th>slow ms</th><th>other ms</th>")
        .append("<th>on the path in slow traces</th></tr>\n");
    double max = f.byAdded().isEmpty() ? 0 : Math.max(0, f.byAdded().get(0).added());
    for (LinkRow r : f.byAdded().subList(0, Math.min(f.settings().top(), f.byAdded().size()))) {
      double width = max <= 0 || r.added() <= 0 ? 0 : 200 * r.added() / max;
      h.append("<tr><td class=\"l\">").append(esc(r.link().name())).append("</td><td>").append(esc(r.link().kind()))
          .append("</td><td>").append(ms2(r.added())).append("</td><td class=\"l\"><span class=\"added\" style=\"width:")
          .append(String.format(Locale.ROOT, "%.1f", width)).append("px\"></span></td><td>").append(ms2(r.slowMeanSelf()))
          .append("</td><td>").append(ms2(r.normalMeanSelf())).append("</td><td>").append(r.slowOnPath()).append(" / ")
          .append(f.slowTraces()).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void links(StringBuilder h, Findings f) {
    h.append("<h2>All links</h2>\n<table><tr><th class=\"l\">link</th><th>kind</th><th>calls</th><th>p50 ms</th>")
        .append("<th>p90 ms</th><th>p99 ms</th><th>max ms</th><th>errors</th><th>rejected</th>")
        .append("<th>critical-path self ms (total)</th><th>share of all latency</th></tr>\n");
    for (LinkRow r : f.links()) {
      boolean s = r.link().synthetic();
      h.append("<tr><td class=\"l\">").append(esc(r.link().name())).append("</td><td>").append(esc(r.link().kind()))
          .append("</td><td>").append(r.calls()).append("</td><td>").append(s ? "-" : ms2(r.p50())).append("</td><td>")
          .append(s ? "-" : ms2(r.p90())).append("</td><td>").append(s ? "-" : ms2(r.p99())).append("</td><td>")
          .append(s ? "-" : ms2(r.max())).append("</td><td>").append(r.errors()).append("</td><td>").append(r.rejections())
          .append("</td><td>").append(ms1(r.criticalSelf())).append("</td><td>").append(pct(r.criticalShare()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void slowest(StringBuilder h, Findings f) {
    h.append("<h2>Slowest traces</h2>\n");
    if (f.slowest().isEmpty()) {
      h.append("<p>None.</p>\n");
      return;
    }
    h.append("<p class=\"note\">Each span is a grey bar (blue when it is on the critical path); red marks its self time ")
        .append("on the critical path. Times from the start of the trace.</p>\n");
    int rank = 1;
    for (CriticalPath p : f.slowest()) {
      Trace t = p.trace();
      h.append("<h3>").append(rank++).append(". <span class=\"mono\">").append(esc(t.traceId())).append("</span> ")
          .append(ms2(t.latencyMicros())).append(" ms, started ").append(esc(instant(t.startMicros(t.root()))))
          .append(t.syntheticRoot() ? ", synthetic root (" + t.orphans() + " orphan spans)" : "").append("</h3>\n");
      waterfall(h, f, p);
    }
  }

  private static void waterfall(StringBuilder h, Findings f, CriticalPath p) {
    Trace t = p.trace();
    long origin = t.startMicros(t.root());
    double span = Math.max(1, t.latencyMicros());
    h.append("<table class=\"wf\"><tr><th class=\"l\">span</th><th>kind</th><th>outcome</th><th>start ms</th>")
        .append("<th>duration ms</th><th>critical self ms</th><th class=\"l\">waterfall</th></tr>\n");
    List<int[]> rows = treeOrder(t);
    int shown = 0;
    for (int[] r : rows) {
      if (shown++ == MAX_ROWS_PER_TRACE) {
        h.append("<tr><td class=\"l note\" colspan=\"7\">").append(rows.size() - MAX_ROWS_PER_TRACE)
            .append(" more spans not drawn</td></tr>\n");
        break;
      }
      int s = r[0];
      int depth = r[1];
      Link link = f.link(t.link(s));
      h.append("<tr><td class=\"l\" style=\"padding-left:").append(8 + 14 * Math.min(depth, 30)).append("px\">")
          .append(esc(link.name())).append("</td><td>").append(esc(link.kind())).append("</td><td>")
          .append(t.syntheticRoot() && s == t.root() ? "" : esc(t.outcome(s).name())).append("</td><td>")
          .append(ms2(t.startMicros(s) - origin)).append("</td><td>").append(ms2(t.latencyMicros(s))).append("</td><td>")
          .append(p.onPath(s) ? ms2(p.selfMicros(s)) : "").append("</td><td class=\"bar\"><div class=\"track\">");
      bar(h, p.onPath(s) ? "span cp" : "span", t.startMicros(s) - origin, t.endMicros(s) - origin, span);
      for (int i = 0; i < p.sectionCount(); i++) {
        if (p.sectionSpan(i) == s) {
          bar(h, "self", p.sectionFromMicros(i) - origin, p.sectionToMicros(i) - origin, span);
        }
      }
      h.append("</div></td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void bar(StringBuilder h, String cls, long from, long to, double span) {
    double left = clamp(100 * from / span);
    double right = clamp(100 * to / span);
    double width = Math.max(0.2, right - left);
    h.append("<div class=\"").append(cls).append("\" style=\"left:").append(String.format(Locale.ROOT, "%.2f", Math.min(left, 99.8)))
        .append("%;width:").append(String.format(Locale.ROOT, "%.2f", width)).append("%\"></div>");
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(100, v));
  }

  /** The spans depth first from the root, children by start: pairs (span, depth). */
  static List<int[]> treeOrder(Trace t) {
    List<int[]> out = new ArrayList<>(t.size());
    int[] stack = new int[t.size()];
    int[] depth = new int[t.size()];
    int top = 0;
    stack[top] = t.root();
    depth[top++] = 0;
    while (top > 0) {
      top--;
      int s = stack[top];
      int d = depth[top];
      out.add(new int[] {s, d});
      int n = t.childCount(s);
      int[] kids = new int[n];
      for (int k = 0; k < n; k++) {
        kids[k] = t.child(s, k);
      }
      // pushed latest start first, so the earliest comes out first
      IndexSort.sort(kids, n, (a, b) -> Long.compare(t.startMicros(b), t.startMicros(a)));
      for (int k = 0; k < n; k++) {
        stack[top] = kids[k];
        depth[top++] = d + 1;
      }
    }
    return out;
  }

  private static void malformed(StringBuilder h, Findings f) {
    List<String> examples = f.input().malformedExamples();
    h.append("<h2>Malformed lines</h2>\n<p>").append(f.input().malformed()).append(" request-log lines could not be used")
        .append(examples.isEmpty() ? "." : "; the first " + examples.size() + ":").append("</p>\n");
    if (!examples.isEmpty()) {
      h.append("<ul class=\"mono\">\n");
      for (String e : examples) {
        h.append("<li>").append(esc(e)).append("</li>\n");
      }
      h.append("</ul>\n");
    }
  }

  private static void howToRead(StringBuilder h, Findings f) {
    h.append("<h2>How to read this</h2>\n<ul>\n")
        .append("<li>The <b>critical path</b> of a trace is the chain of spans that makes up its end-to-end latency: from the ")
        .append("root's end backwards, the child that finished last, into it, then the child that finished before that ")
        .append("one started, and so on. Time on the path not covered by a child is the span's own <b>self time</b>.</li>\n")
        .append("<li>A trace is <b>slow</b> when its latency is above the p").append(num(f.settings().slowPercentile()))
        .append(" of all traces. A link <b>adds</b> its mean self time on the critical path per slow trace minus the same ")
        .append("per other trace (traces where it is absent count 0). The additions of all links sum to the slow traces' excess.</li>\n")
        .append("<li>The top link <b>stands out</b> when it adds at least ").append(num(f.settings().minAddedMillis()))
        .append(" ms and at least ").append(pct(Analysis.MIN_SHARE_OF_EXCESS))
        .append(" of the excess; otherwise the slow traces are slow by the ordinary spread of many links.</li>\n")
        .append("<li>Spans whose parent is not in the logs (a service's log not given, a lost line) hang under a ")
        .append("<b>synthetic root</b> named (missing parent). Children are clamped into their parent's time (clock offsets).</li>\n")
        .append("</ul>\n");
  }

  /** HTML-escapes text (element content and quoted attribute values). */
  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? '?' : c);
      }
    }
    return sb.toString();
  }
}
