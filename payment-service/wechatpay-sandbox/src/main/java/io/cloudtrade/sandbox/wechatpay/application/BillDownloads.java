package io.cloudtrade.sandbox.wechatpay.application;

import io.cloudtrade.sandbox.wechatpay.domain.Merchant;
import io.cloudtrade.sandbox.wechatpay.protocol.WechatIds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

/**
 * API v3 trade bills: {@code GET /v3/bill/tradebill} freezes the day's {@link BillReport} behind a
 * download token valid for 5 minutes, with the SHA1 of the (uncompressed) bill; the file is then fetched (signed) from the
 * download URL, gzipped if asked.
 */
public final class BillDownloads {
  private static final Duration VALIDITY = Duration.ofMinutes(5);
  private final BillReport report;
  private final Clock clock;
  private final Map<String, Download> downloads = new ConcurrentHashMap<>();

  public BillDownloads(BillReport report, Clock clock) {
    this.report = report;
    this.clock = clock;
  }

  /** Prepares the merchant's bill of {@code date}. */
  public Download prepare(Merchant merchant, LocalDate date, boolean gzip) {
    Instant now = clock.instant();
    downloads.values().removeIf(d -> d.expires.isBefore(now));
    byte[] content = report.csv(date, merchant.mchid()).getBytes(StandardCharsets.UTF_8);
    String sha1 = sha1Hex(content);
    if (gzip) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream z = new GZIPOutputStream(out)) {
        z.write(content);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      content = out.toByteArray();
    }
    Download d = new Download(WechatIds.alphanumeric(32), merchant.mchid(), content, sha1,
        now.plus(VALIDITY), gzip);
    downloads.put(d.token, d);
    return d;
  }

  /** The prepared file, if the token is the merchant's and still valid. */
  public Optional<Download> fetch(Merchant merchant, String token) {
    Download d = token == null ? null : downloads.get(token);
    if (d == null || !d.mchid.equals(merchant.mchid()) || d.expires.isBefore(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(d);
  }

  private static String sha1Hex(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A prepared bill file. */
  public record Download(String token, String mchid, byte[] content, String sha1, Instant expires, boolean gzip) {
  }
}
