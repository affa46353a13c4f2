package io.cloudtrade.monitoringagent.alerts;

import java.time.Duration;

/** How windows and ratios are written in alerts. */
final class Windows {
  private Windows() {}

  /** {@code "1h"}, {@code "5m"}, {@code "30s"}, {@code "1500ms"}. */
  static String format(Duration d) {
    long ms = d.toMillis();
    if (ms % 3_600_000 == 0 && ms > 0) {
      return ms / 3_600_000 + "h";
    }
    if (ms % 60_000 == 0 && ms > 0) {
      return ms / 60_000 + "m";
    }
    if (ms % 1000 == 0) {
      return ms / 1000 + "s";
    }
    return ms + "ms";
  }

  /** A ratio as a percentage with one decimal: {@code "12.5%"}. */
  static String percent(double ratio) {
    return String.format(java.util.Locale.ROOT, "%.1f%%", ratio * 100);
  }

  /** A ratio rounded to 6 decimals (stable JSON). */
  static double round(double v) {
    return Math.round(v * 1_000_000d) / 1_000_000d;
  }
}
