package io.cloudtrade.monitoringagent;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Trace ids (32 lowercase hex characters, 128 random bits) and span ids (16 lowercase hex, 64 bits),
 * as W3C Trace Context has them; never all zeros. Made from {@link ThreadLocalRandom}: fast, no lock,
 * not for secrets.
 */
public final class TraceIds {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private TraceIds() {}

  public static String newTraceId() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    long hi = r.nextLong();
    long lo = r.nextLong();
    if (hi == 0 && lo == 0) {
      lo = 1;
    }
    char[] c = new char[32];
    hex(hi, c, 0);
    hex(lo, c, 16);
    return new String(c);
  }

  public static String newSpanId() {
    long v = ThreadLocalRandom.current().nextLong();
    if (v == 0) {
      v = 1;
    }
    char[] c = new char[16];
    hex(v, c, 0);
    return new String(c);
  }

  /** Whether {@code s} is a valid trace id: 32 lowercase hex characters, not all zeros. */
  public static boolean isTraceId(String s) {
    return isHex(s, 32);
  }

  /** Whether {@code s} is a valid span id: 16 lowercase hex characters, not all zeros. */
  public static boolean isSpanId(String s) {
    return isHex(s, 16);
  }

  private static boolean isHex(String s, int length) {
    if (s == null || s.length() != length) {
      return false;
    }
    boolean nonZero = false;
    for (int i = 0; i < length; i++) {
      char ch = s.charAt(i);
      if (!((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'))) {
        return false;
      }
      nonZero |= ch != '0';
    }
    return nonZero;
  }

  private static void hex(long v, char[] out, int at) {
    for (int i = 15; i >= 0; i--) {
      out[at + i] = HEX[(int) (v & 0xf)];
      v >>>= 4;
    }
  }
}
