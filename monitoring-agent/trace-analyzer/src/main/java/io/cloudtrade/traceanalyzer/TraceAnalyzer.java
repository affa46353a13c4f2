package io.cloudtrade.traceanalyzer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command line: reads request logs, prints the summary, optionally writes the HTML report.
 *
 * <pre>
 * java -jar trace-analyzer.jar [--slow-percentile N] [--top N] [--html FILE] [--since INSTANT] [--until INSTANT]
 *                              [--min-added-ms MS] [--verbose] FILE|DIR...
 * </pre>
 *
 * Exit status: 0 done, 1 no trace found, 2 bad usage, unreadable input or out of memory.
 */
public final class TraceAnalyzer {
  static final String USAGE = """
      usage: java -jar trace-analyzer.jar [options] FILE|DIR...
        Reads the request logs of the services (files; directories recursively: *.log, *.json, *.jsonl, also .gz),
        rebuilds the traces and reports their critical paths and the links that add the most latency to slow traces.
      options:
        --slow-percentile N  traces slower than this percentile of all are slow (default 90; 0 < N < 100)
        --top N              links and slow traces to show (default 10)
        --html FILE          also write a self-contained HTML report
        --since INSTANT      only traces starting at or after this ISO-8601 instant (e.g. 2026-11-25T06:00:00Z)
        --until INSTANT      only traces starting before this instant
        --min-added-ms MS    what the top link must add per slow trace to stand out (default 5)
        --verbose            timings and heap use on standard error
        -h, --help           this text
      exit status: 0 done, 1 no trace found, 2 bad usage, unreadable input or out of memory
      """;

  private TraceAnalyzer() {
  }

  public static void main(String[] args) {
    int status;
    try {
      status = run(args, System.out, System.err);
    } catch (OutOfMemoryError e) {
      System.err.println("trace-analyzer: out of memory: every span read is kept until the end (about 100 bytes"
          + " each); give the JVM more heap (java -Xmx...) or read fewer files");
      status = 2;
    }
    System.out.flush();
    System.exit(status);
  }

  /** Bad usage: the message goes to standard error with the usage, and the exit status is 2. */
  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * The parsed command line.
   *
   * @param settings the analysis settings
   * @param html where to write the HTML report, or null
   * @param verbose timings on standard error
   * @param paths the files and directories to read
   * @param help whether help was asked for
   */
  record Options(Analysis.Settings settings, Path html, boolean verbose, List<Path> paths, boolean help) {

    static Options parse(String[] args) throws UsageException {
      Analysis.Settings d = Analysis.Settings.defaults();
      double percentile = d.slowPercentile();
      int top = d.top();
      double minAdded = d.minAddedMillis();
      Instant since = null;
      Instant until = null;
      Path html = null;
      boolean verbose = false;
      List<Path> paths = new ArrayList<>();
      boolean options = true;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (!options || !a.startsWith("-") || a.equals("-")) {
          paths.add(Path.of(a));
          continue;
        }
        String name = a;
        String value = null;
        int eq = a.indexOf('=');
        if (a.startsWith("--") && eq > 0) {
          name = a.substring(0, eq);
          value = a.substring(eq + 1);
        }
        switch (name) {
          case "--" -> options = false;
          case "-h", "--help" -> {
            return new Options(d, null, false, List.of(), true);
          }
          case "--verbose" -> verbose = true;
          case "--slow-percentile", "--top", "--html", "--since", "--until", "--min-added-ms" -> {
            if (value == null) {
              if (i + 1 >= args.length) {
                throw new UsageException(name + " needs a value");
              }
              value = args[++i];
            }
            switch (name) {
              case "--slow-percentile" -> {
                percentile = number(name, value);
                if (!(percentile > 0 && percentile < 100)) {
                  throw new UsageException("--slow-percentile must be above 0 and below 100: " + value);
                }
              }
              case "--top" -> {
                double t = number(name, value);
                if (t < 1 || t > 10_000 || t != Math.rint(t)) {
                  throw new UsageException("--top must be a whole number from 1 to 10000: " + value);
                }
                top = (int) t;
              }
              case "--min-added-ms" -> {
                minAdded = number(name, value);
                if (minAdded < 0) {
                  throw new UsageException("--min-added-ms must not be negative: " + value);
                }
              }
              case "--html" -> html = Path.of(value);
              case "--since" -> since = instant(name, value);
              default -> until = instant(name, value);
            }
          }
          default -> throw new UsageException("unknown option " + a);
        }
      }
      if (paths.isEmpty()) {
        throw new UsageException("no log file or directory given");
      }
      if (since != null && until != null && !since.isBefore(until)) {
        throw new UsageException("--since must be before --until");
      }
      return new Options(new Analysis.Settings(percentile, top, minAdded, since, until), html, verbose, paths, false);
    }

    private static double number(String name, String value) throws UsageException {
      try {
        double v = Double.parseDouble(value);
        if (Double.isNaN(v) || Double.isInfinite(v)) {
          throw new NumberFormatException();
        }
        return v;
      } catch (NumberFormatException e) {
        throw new UsageException(name + " needs a number: " + value);
      }
    }

    private static Instant instant(String name, String value) throws UsageException {
      try {
        return Instant.parse(value);
      } catch (DateTimeParseException e) {
        throw new UsageException(name + " needs an ISO-8601 instant such as 2026-11-25T06:00:00Z: " + value);
      }
    }
  }

  /** Runs the command; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (UsageException e) {
      err.println("trace-analyzer: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }
    if (options.help()) {
      out.print(USAGE);
      return 0;
    }
    long t0 = System.nanoTime();
    Links links = new Links();
    TraceStore store = new TraceStore();
    RequestLogReader reader = new RequestLogReader(store, links);
    try {
      for (Path file : RequestLogReader.files(options.paths())) {
        reader.read(file);
      }
    } catch (IOException | UncheckedIOException e) {
      err.println("trace-analyzer: cannot read the logs: " + e.getMessage());
      return 2;
    }
    long t1 = System.nanoTime();
    int tracesRead = store.traceCount();
    long liveAfterRead = options.verbose() ? liveHeapBytes() : 0;
    long t1b = System.nanoTime();
    Analysis analysis = new Analysis(links, options.settings());
    analysis.addAll(store);
    Findings findings = analysis.finish(reader.stats());
    long t2 = System.nanoTime();
    TextReport.print(findings, out);
    if (findings.traces() == 0) {
      err.println("trace-analyzer: no trace found" + (tracesRead > 0 ? " between --since and --until" : "")
          + " (" + reader.stats().files() + " files, " + reader.stats().lines() + " lines)");
      return 1;
    }
    if (options.html() != null) {
      try {
        HtmlReport.write(findings, options.html());
      } catch (IOException e) {
        err.println("trace-analyzer: cannot write " + options.html() + ": " + e.getMessage());
        return 2;
      }
      out.println();
      out.println("html report: " + options.html());
    }
    if (options.verbose()) {
      double read = (t1 - t0) / 1e9;
      double total = (t1 - t0 + t2 - t1b) / 1e9;
      err.printf(Locale.ROOT, "read %d lines (%d spans, %d traces) in %.2f s: %.0f lines/s; analysed in %.2f s; "
              + "total %.2f s: %.0f lines/s; live heap after reading %.1f MB (%.0f bytes per span)%n",
          reader.stats().lines(), reader.stats().spans(), tracesRead, read, reader.stats().lines() / read,
          (t2 - t1b) / 1e9, total, reader.stats().lines() / total, liveAfterRead / 1e6,
          reader.stats().spans() == 0 ? 0.0 : (double) liveAfterRead / reader.stats().spans());
    }
    return 0;
  }

  /** The heap in use after a full collection: what the spans read take (for --verbose only; not timed). */
  private static long liveHeapBytes() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    memory.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }
}
