package io.cloudtrade.traceanalyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generates the logs of a load run of several services (2,000 traces, seven files, with ordinary log lines,
 * duplicates, lost and truncated lines), runs the command line on them and reads its first line.
 */
class EndToEndTest {
  private static final Pattern FIRST_LINE =
      Pattern.compile("slowest-link: (\\S+) added-ms=(-?[0-9.]+) traces=(\\d+) slow-traces=(\\d+)( kind=\\S+)?");

  @TempDir
  Path dir;

  private Matcher firstLine(Cli c) {
    Matcher m = FIRST_LINE.matcher(c.firstLine());
    assertThat(m.matches()).as("first line: %s", c.firstLine()).isTrue();
    return m;
  }

  @ParameterizedTest
  @ValueSource(strings = {"BalanceService.pay", "CatalogService.quote", "BalanceService.debit"})
  void theLinkMadeSlowInATenthOfTheTracesIsNamed(String slowLink) throws IOException {
    SyntheticTraceLogs.Written w = SyntheticTraceLogs.write(dir, new SyntheticTraceLogs.Config(2000, 42, slowLink, 0.10, 40, true));
    assertThat(w.linesPerFile()).hasSize(7);
    assertThat(w.slowTraces()).isBetween(150, 250);

    Path html = dir.resolve("report.html");
    Cli c = Cli.run("--html", html.toString(), dir.toString());

    assertThat(c.status()).as(c.err()).isZero();
    Matcher m = firstLine(c);
    assertThat(m.group(1)).isEqualTo(slowLink);
    // the 40 ms, in the slow traces (a few slow ones are not among the p90, a few slow by chance are)
    assertThat(Double.parseDouble(m.group(2))).isBetween(32.0, 44.0);
    assertThat(Long.parseLong(m.group(3))).isBetween(1990L, 2000L); // lost lines can split a trace's spans off
    assertThat(Long.parseLong(m.group(4))).isBetween(180L, 200L);
    assertThat(c.out()).contains("slowest link: " + slowLink + " (+");
    // the noise was seen and survived
    assertThat(c.out()).containsPattern("input: 7 files, \\d+ lines \\(\\d+ request-log lines, [1-9]\\d* other lines ignored\\), [1-9]\\d* malformed");
    assertThat(c.out()).containsPattern("[1-9]\\d* duplicate lines dropped, [1-9]\\d* orphan spans");

    String page = Files.readString(html);
    assertThat(page).contains("slowest link: " + slowLink).contains("Slowest traces").contains("class=\"self\"");
  }

  @Test
  void withoutASlowLinkNothingStandsOut() throws IOException {
    SyntheticTraceLogs.write(dir, new SyntheticTraceLogs.Config(2000, 42, null, 0, 0, true));

    Cli c = Cli.run(dir.toString());

    assertThat(c.status()).as(c.err()).isZero();
    Matcher m = firstLine(c);
    assertThat(m.group(1)).isEqualTo("none");
    // the slow traces are slow by the spread of all links: no link adds much
    assertThat(Double.parseDouble(m.group(2))).isLessThan(2.5);
    assertThat(c.out()).contains("nothing stands out: the largest increase is");
  }

  @Test
  void aSlowLinkInFewerTracesThanThePercentileIsStillNamed() throws IOException {
    // 3% of the traces, found with the p95 as threshold
    SyntheticTraceLogs.write(dir, new SyntheticTraceLogs.Config(2000, 7, "InstanceLifecycle.provision", 0.03, 25, false));

    Cli c = Cli.run("--slow-percentile", "95", "--top", "3", dir.toString());

    Matcher m = firstLine(c);
    assertThat(m.group(1)).isEqualTo("InstanceLifecycle.provision");
    assertThat(Double.parseDouble(m.group(2))).isBetween(10.0, 25.0);
    assertThat(c.out()).contains("  3. "); // three slowest traces
    assertThat(c.out()).doesNotContain("  4. ");
  }
}
