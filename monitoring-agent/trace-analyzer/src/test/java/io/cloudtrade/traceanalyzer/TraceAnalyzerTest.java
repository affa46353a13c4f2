package io.cloudtrade.traceanalyzer;

import static io.cloudtrade.traceanalyzer.RequestLogReaderTest.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceAnalyzerTest {
  @TempDir
  Path dir;

  @Test
  void badUsageExitsWith2AndSaysWhy() throws IOException {
    Path log = Files.writeString(dir.resolve("a.log"), "");
    assertThat(Cli.run()).satisfies(c -> {
      assertThat(c.status()).isEqualTo(2);
      assertThat(c.err()).contains("no log file or directory given").contains("usage:");
    });
    assertThat(Cli.run("--frobnicate", log.toString()).err()).contains("unknown option --frobnicate");
    assertThat(Cli.run("--slow-percentile", "100", log.toString()).err()).contains("--slow-percentile must be above 0 and below 100");
    assertThat(Cli.run("--slow-percentile", "ninety", log.toString()).err()).contains("--slow-percentile needs a number");
    assertThat(Cli.run("--top", "0", log.toString()).status()).isEqualTo(2);
    assertThat(Cli.run("--since", "yesterday", log.toString()).err()).contains("--since needs an ISO-8601 instant");
    assertThat(Cli.run("--since", "2026-11-25T07:00:00Z", "--until", "2026-11-25T06:00:00Z", log.toString()).status())
        .isEqualTo(2);
    assertThat(Cli.run(log.toString(), "--html").err()).contains("--html needs a value");
    Cli missing = Cli.run(dir.resolve("missing.log").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file or directory");
  }

  @Test
  void helpExitsWith0() {
    Cli c = Cli.run("--help");
    assertThat(c.status()).isZero();
    assertThat(c.out()).contains("--slow-percentile");
  }

  @Test
  void noTraceExitsWith1() throws IOException {
    Path log = Files.writeString(dir.resolve("app.log"), "2026-11-25 06:00:00.000 INFO just a log line\n{\"ts\":broken\n");
    Cli c = Cli.run(log.toString());
    assertThat(c.status()).isEqualTo(1);
    assertThat(c.firstLine()).isEqualTo("slowest-link: none added-ms=0.0 traces=0 slow-traces=0");
    assertThat(c.err()).contains("no trace found");
    assertThat(c.out()).contains("1 malformed");
  }

  @Test
  void tracesOutsideSinceUntilAreLeftOut() throws IOException {
    Path log = Files.writeString(dir.resolve("r.log"),
        line("2026-11-25T06:00:00.000Z", "0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331", null, "A", "a", 1000) + "\n"
            + line("2026-11-25T07:00:00.000Z", "1af7651916cd43dd8448eb211c80319c", "c7ad6b7169203331", null, "A", "a", 1000) + "\n");
    Cli both = Cli.run(log.toString());
    assertThat(both.status()).isZero();
    assertThat(both.firstLine()).contains("traces=2");
    Cli later = Cli.run("--since=2026-11-25T06:30:00Z", log.toString());
    assertThat(later.firstLine()).contains("traces=1");
    assertThat(later.out()).contains("1 outside --since/--until");
    Cli none = Cli.run("--until", "2026-11-25T05:00:00Z", log.toString());
    assertThat(none.status()).isEqualTo(1);
  }

  @Test
  void theHtmlReportEscapesWhatComesFromTheLogsAndFetchesNothing() throws IOException {
    String evil = "<img src=x onerror=alert(1)>";
    String t = "0af7651916cd43dd8448eb211c80319c";
    Path log = Files.writeString(dir.resolve("r.log"),
        line("2026-11-25T06:00:00.000Z", t, "b7ad6b7169203331", null, "Gate\\\"way", evil, 9000) + "\n"
            + line("2026-11-25T06:00:00.001Z", t, "c7ad6b7169203331", "b7ad6b7169203331", "S&P", "q'x", 5000) + "\n"
            + "{\"ts\":\"" + evil + "\n");
    Path html = dir.resolve("report.html");
    Cli c = Cli.run("--html", html.toString(), log.toString());
    assertThat(c.status()).isZero();
    String page = Files.readString(html);
    assertThat(page).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(page).doesNotContain(evil).doesNotContain("<img").doesNotContain("<script")
        .doesNotContain("http://").doesNotContain("https://").doesNotContain("<link");
    assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;").contains("Gate&quot;way").contains("S&amp;P.q&#39;x");
    assertThat(page).contains("0af7651916cd43dd8448eb211c80319c"); // the trace is drawn
    assertThat(c.out()).contains("html report: " + html);
  }
}
