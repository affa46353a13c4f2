package io.cloudtrade.order.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The ClientTokens of the Renew orders placed for an instance's auto-renewal: one series per
 * instance and end time, {@code auto-renew-<instanceId>-<endTimeEpochMillis>-<n>}, n from 1. Every
 * attempt for the same end time derives the same series, so repeated attempts and redeliveries find
 * the same order instead of placing another. A later n is used only when the order under the earlier
 * one was cancelled unpaid (a refused payment left it unpaid until its payment timed out): a cancelled
 * order is never paid, so at most one order of a series is ever paid. An instance id that would make
 * the token longer than {@link ClientTokens#MAX_LENGTH}, or is not printable ASCII, is replaced by a
 * hash of it.
 */
public final class AutoRenewalTokens {
  static final String PREFIX = "auto-renew-";
  /** the longest series: more orders cancelled unpaid for one end time than this is not an auto-renewal */
  public static final int MAX_ORDERS = 100;

  private AutoRenewalTokens() {}

  /** The {@code n}th token (from 1) of the instance's series for {@code endTime}. */
  public static String of(String instanceId, Instant endTime, int n) {
    if (n < 1 || n > MAX_ORDERS) {
      throw new IllegalArgumentException("n must be 1 to " + MAX_ORDERS + ", not " + n);
    }
    String tail = "-" + endTime.toEpochMilli() + "-" + n;
    String token = PREFIX + instanceId + tail;
    if (token.length() <= ClientTokens.MAX_LENGTH && ClientTokens.problem(token) == null) {
      return token;
    }
    String hashed = PREFIX + sha256(instanceId).substring(0, ClientTokens.MAX_LENGTH - PREFIX.length() - ("-" + Long.MAX_VALUE + "-" + MAX_ORDERS).length());
    return hashed + tail;
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
