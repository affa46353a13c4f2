package io.cloudtrade.sandbox.wechatpay.protocol;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** WeChat Pay's times: Beijing time, RFC 3339 in API v3, {@code yyyyMMddHHmmss} in API v2. */
public final class WechatTime {
  /** China Standard Time, in which WeChat Pay writes times and cuts its bills. */
  public static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
  private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
      .withZone(BEIJING);
  private static final DateTimeFormatter V2 = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(BEIJING);

  private WechatTime() {
  }

  /** E.g. {@code 2018-06-08T10:34:56+08:00}; {@code null} stays {@code null}. */
  public static String rfc3339(Instant t) {
    return t == null ? null : RFC3339.format(t);
  }

  /** E.g. {@code 20180608103456}. */
  public static String v2(Instant t) {
    return t == null ? null : V2.format(t);
  }

  /** The Beijing date of {@code t}: the day of the bill it belongs to. */
  public static LocalDate billDate(Instant t) {
    return t.atOffset(BEIJING).toLocalDate();
  }
}
