package io.cloudtrade.sandbox.alipay.application;

import io.cloudtrade.sandbox.alipay.domain.AlipayTime;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/** Makes Alipay-shaped identifiers: trade_no, notify_id, QR code tokens. */
public final class TradeNumbers {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(AlipayTime.ZONE);
  private static final String TOKEN_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";
  private final SecureRandom random = new SecureRandom();

  /** A 28-digit trade_no starting with the Beijing date, like "2026112422001412345678901234". */
  public String tradeNo(Instant now) {
    StringBuilder no = new StringBuilder(DAY.format(now)).append("22001");
    while (no.length() < 28) {
      no.append(random.nextInt(10));
    }
    return no.toString();
  }

  /** A notify_id: 32 hex digits. */
  public String notifyId() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** The token of a QR code, like Alipay's "bax03206ug0kulveltqc80a8". */
  public String qrToken() {
    StringBuilder token = new StringBuilder("bax");
    for (int i = 0; i < 21; i++) {
      token.append(TOKEN_CHARS.charAt(random.nextInt(TOKEN_CHARS.length())));
    }
    return token.toString();
  }
}
