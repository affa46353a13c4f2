package io.cloudtrade.sandbox.wechatpay.adapter.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudtrade.sandbox.wechatpay.domain.ErrorCodes;
import io.cloudtrade.sandbox.wechatpay.domain.Merchant;
import io.cloudtrade.sandbox.wechatpay.domain.Merchants;
import io.cloudtrade.sandbox.wechatpay.domain.Outcome;
import io.cloudtrade.sandbox.wechatpay.domain.PlatformKeyMode;
import io.cloudtrade.sandbox.wechatpay.protocol.PlatformKeys;
import io.cloudtrade.sandbox.wechatpay.protocol.V3Authorization;
import io.cloudtrade.sandbox.wechatpay.protocol.V3Views;
import io.cloudtrade.sandbox.wechatpay.protocol.WechatIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * API v3's security on {@code /v3/*}: verifies each request's {@code Authorization}
 * (WECHATPAY2-SHA256-RSA2048 with the merchant's key registered under mchid and serial_no; at most
 * the configured clock skew old), refusing with 401 SIGN_ERROR, and signs each response with the
 * platform key in {@code Wechatpay-Timestamp/Nonce/Serial/Signature} over
 * {@code TIMESTAMP\nNONCE\nBODY\n}. The authenticated {@link Merchant} is the request attribute
 * {@link #MERCHANT}.
 */
public final class V3SignatureFilter extends OncePerRequestFilter {
  /** The request attribute holding the authenticated merchant. */
  public static final String MERCHANT = "io.cloudtrade.sandbox.wechatpay.merchant";
  private static final Logger log = LoggerFactory.getLogger(V3SignatureFilter.class);
  private final Merchants merchants;
  private final PlatformKeys keys;
  private final Clock clock;
  private final ObjectMapper json;
  private final Duration maxClockSkew;

  public V3SignatureFilter(Merchants merchants, PlatformKeys keys, Clock clock, ObjectMapper json,
      Duration maxClockSkew) {
    this.merchants = merchants;
    this.keys = keys;
    this.clock = clock;
    this.json = json;
    this.maxClockSkew = maxClockSkew;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readAllBytes();
    CachedBodyRequest cached = new CachedBodyRequest(request, body);
    ContentCachingResponseWrapper out = new ContentCachingResponseWrapper(response);
    out.setHeader("Request-ID", WechatIds.alphanumeric(32));
    Outcome<Merchant> auth = authenticate(request, new String(body, StandardCharsets.UTF_8));
    Merchant merchant = null;
    if (auth.isOk()) {
      merchant = auth.value();
      cached.setAttribute(MERCHANT, merchant);
      chain.doFilter(cached, out);
    } else {
      log.info("v3 {} {} refused: {}", request.getMethod(), request.getRequestURI(), auth.rejection().message());
      out.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      out.setContentType("application/json");
      out.getOutputStream().write(json.writeValueAsBytes(
          V3Views.error(auth.rejection().code(), auth.rejection().message())));
    }
    sign(out, serialFor(request.getHeader("Wechatpay-Serial"), merchant));
    out.copyBodyToResponse();
  }

  private Outcome<Merchant> authenticate(HttpServletRequest request, String body) {
    Optional<V3Authorization> parsed = V3Authorization.parse(request.getHeader("Authorization"));
    if (parsed.isEmpty()) {
      return Outcome.rejected(ErrorCodes.SIGN_ERROR,
          "Authorization must be " + V3Authorization.SCHEMA + " mchid,nonce_str,signature,timestamp,serial_no");
    }
    V3Authorization a = parsed.get();
    long timestamp;
    try {
      timestamp = Long.parseLong(a.timestamp());
    } catch (NumberFormatException e) {
      return Outcome.rejected(ErrorCodes.SIGN_ERROR, "timestamp is not a number of seconds");
    }
    Duration skew = Duration.between(Instant.ofEpochSecond(timestamp), clock.instant()).abs();
    if (skew.compareTo(maxClockSkew) > 0) {
      return Outcome.rejected(ErrorCodes.SIGN_ERROR, "timestamp is " + skew.toSeconds() + " s away: the request expired");
    }
    Optional<Merchant> merchant = merchants.find(a.mchid());
    if (merchant.isEmpty()) {
      return Outcome.rejected(ErrorCodes.SIGN_ERROR, "unknown mchid " + a.mchid());
    }
    if (!merchant.get().certificateSerial().equalsIgnoreCase(a.serialNo())) {
      return Outcome.rejected(ErrorCodes.SIGN_ERROR, "serial_no " + a.serialNo() + " is not the merchant's API certificate");
    }
    String url = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    if (!a.verify(merchant.get().publicKey(), request.getMethod(), url, body)) {
      return Outcome.rejected(ErrorCodes.SIGN_ERROR,
          "签名错误: the signature does not verify with the merchant's certificate");
    }
    return Outcome.ok(merchant.get());
  }

  /** The serial the caller asked for (the SDK sends the one it verifies with), else the merchant's mode. */
  private String serialFor(String requested, Merchant merchant) {
    if (keys.certificateSerial().equalsIgnoreCase(requested)) {
      return keys.certificateSerial();
    }
    if (keys.publicKeyId().equals(requested)) {
      return keys.publicKeyId();
    }
    return keys.serialFor(merchant == null ? PlatformKeyMode.PUBLIC_KEY : merchant.platformKeyMode());
  }

  private void sign(ContentCachingResponseWrapper out, String serial) {
    String contentType = out.getContentType();
    byte[] content = out.getContentAsByteArray();
    if (content.length > 0 && (contentType == null || !contentType.startsWith("application/json"))) {
      return; // files (bills) are not signed
    }
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    String nonce = WechatIds.alphanumeric(32);
    String message = timestamp + "\n" + nonce + "\n" + new String(content, StandardCharsets.UTF_8) + "\n";
    out.setHeader("Wechatpay-Timestamp", timestamp);
    out.setHeader("Wechatpay-Nonce", nonce);
    out.setHeader("Wechatpay-Serial", serial);
    out.setHeader("Wechatpay-Signature", keys.sign(message));
    out.setHeader("Wechatpay-Signature-Type", V3Authorization.SCHEMA);
  }
}
