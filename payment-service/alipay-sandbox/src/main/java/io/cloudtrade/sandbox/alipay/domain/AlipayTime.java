package io.cloudtrade.sandbox.alipay.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Alipay's wall-clock times: "yyyy-MM-dd HH:mm:ss" in Asia/Shanghai; the ledger keeps UTC instants. */
public final class AlipayTime {
  /** Alipay's time zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

  private AlipayTime() {
  }

  /** "2026-11-24 18:05:03", or null for null. */
  public static String format(Instant instant) {
    return instant == null ? null : SECONDS.format(instant.atZone(ZONE));
  }

  /** "2026-11-24 18:05:03.120" (gmt_refund of the notifies), or null for null. */
  public static String formatMillis(Instant instant) {
    return instant == null ? null : MILLIS.format(instant.atZone(ZONE));
  }

  /** The instant of an Alipay timestamp, or empty when it is not one. */
  public static Optional<Instant> parse(String text) {
    try {
      return Optional.of(LocalDateTime.parse(text, SECONDS).atZone(ZONE).toInstant());
    } catch (DateTimeParseException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
