package io.cloudtrade.sandbox.wechatpay.protocol;

import java.security.PublicKey;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Authorization} header of an API v3 request:
 * {@code WECHATPAY2-SHA256-RSA2048 mchid="..",nonce_str="..",signature="..",timestamp="..",serial_no=".."},
 * the signature being SHA256withRSA of {@code METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n} with the
 * merchant's private key.
 */
public record V3Authorization(String mchid, String nonce, String timestamp, String serialNo, String signature) {
  /** The only scheme WeChat Pay API v3 accepts from merchants. */
  public static final String SCHEMA = "WECHATPAY2-SHA256-RSA2048";
  private static final Pattern PARAMETER = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  /** The parsed header, or empty when it is missing, of another scheme, or incomplete. */
  public static Optional<V3Authorization> parse(String header) {
    if (header == null || !header.startsWith(SCHEMA + " ")) {
      return Optional.empty();
    }
    Map<String, String> p = new HashMap<>();
    Matcher m = PARAMETER.matcher(header.substring(SCHEMA.length() + 1));
    while (m.find()) {
      p.put(m.group(1), m.group(2));
    }
    V3Authorization a = new V3Authorization(p.get("mchid"), p.get("nonce_str"), p.get("timestamp"),
        p.get("serial_no"), p.get("signature"));
    if (a.mchid == null || a.nonce == null || a.timestamp == null || a.serialNo == null || a.signature == null) {
      return Optional.empty();
    }
    return Optional.of(a);
  }

  /** The signed message. */
  public String message(String method, String canonicalUrl, String body) {
    return method + "\n" + canonicalUrl + "\n" + timestamp + "\n" + nonce + "\n" + body + "\n";
  }

  /**
   * Whether the signature is the holder of {@code key}'s over this request.
   *
   * @param canonicalUrl the raw path, plus {@code ?} and the raw query if there is one
   */
  public boolean verify(PublicKey key, String method, String canonicalUrl, String body) {
    return Rsa.verify(key, message(method, canonicalUrl, body), signature);
  }
}
