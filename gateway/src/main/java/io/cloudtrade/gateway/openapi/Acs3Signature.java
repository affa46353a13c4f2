package io.cloudtrade.gateway.openapi;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Alibaba Cloud's signature V3 (ACS3-HMAC-SHA256), the server's half: rebuild the canonical request
 * the client signed and the string to sign. The HMAC itself is computed by the identity service,
 * which alone holds the secret.
 *
 * <pre>
 * CanonicalRequest = Method \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders \n
 *                    SignedHeaders \n HexEncode(SHA256(body))
 * StringToSign     = "ACS3-HMAC-SHA256" \n HexEncode(SHA256(CanonicalRequest))
 * Authorization    = ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=h1;h2,Signature=hex
 * </pre>
 *
 * Query keys and values are percent-encoded as the SDK encodes them (RFC 3986: space as %20, '*'
 * as %2A, '~' kept), sorted by encoded key; headers are lower-cased, trimmed, sorted.
 */
public final class Acs3Signature {
  public static final String ALGORITHM = "ACS3-HMAC-SHA256";

  private Acs3Signature() {}

  /** The parts of an Authorization header. */
  public record Authorization(String algorithm, String accessKeyId, List<String> signedHeaders, String signature) {}

  /**
   * Parses {@code ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=a;b,Signature=hex}.
   *
   * @throws IllegalArgumentException if a part is missing or malformed
   */
  public static Authorization parseAuthorization(String header) {
    if (header == null || header.isBlank()) {
      throw new IllegalArgumentException("the Authorization header is missing");
    }
    int space = header.indexOf(' ');
    if (space < 0) {
      throw new IllegalArgumentException("the Authorization header has no credential part");
    }
    String algorithm = header.substring(0, space).trim();
    Map<String, String> parts = new TreeMap<>();
    for (String part : header.substring(space + 1).split(",")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        parts.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
      }
    }
    String credential = parts.get("Credential");
    String signedHeaders = parts.get("SignedHeaders");
    String signature = parts.get("Signature");
    if (credential == null || credential.isEmpty() || signedHeaders == null || signedHeaders.isEmpty()
        || signature == null || signature.isEmpty()) {
      throw new IllegalArgumentException("the Authorization header needs Credential, SignedHeaders and Signature");
    }
    List<String> headers = new ArrayList<>();
    for (String h : signedHeaders.split(";")) {
      headers.add(h.trim().toLowerCase());
    }
    return new Authorization(algorithm, credential, List.copyOf(headers), signature.toLowerCase());
  }

  /**
   * Decodes a raw query string into its parameters.
   *
   * @throws IllegalArgumentException when a parameter appears twice
   */
  public static Map<String, String> parseQuery(String rawQuery) {
    Map<String, String> params = new TreeMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (params.put(key, value) != null) {
        throw new IllegalArgumentException("parameter " + key + " appears twice");
      }
    }
    return params;
  }

  /** The canonical request, given decoded query parameters and lower-cased request headers. */
  public static String canonicalRequest(String method, String path, Map<String, String> query,
      Map<String, String> lowerCaseHeaders, List<String> signedHeaders, String payloadHash) {
    StringBuilder s = new StringBuilder();
    s.append(method).append('\n').append(path == null || path.isEmpty() ? "/" : path).append('\n');
    TreeMap<String, String> encoded = new TreeMap<>();
    query.forEach((k, v) -> encoded.put(percentEncode(k), v == null || v.isEmpty() ? "" : percentEncode(v)));
    StringBuilder q = new StringBuilder();
    encoded.forEach((k, v) -> q.append(q.isEmpty() ? "" : "&").append(k).append('=').append(v));
    s.append(q).append('\n');
    List<String> sorted = new ArrayList<>(signedHeaders);
    sorted.sort(null);
    for (String h : sorted) {
      String v = lowerCaseHeaders.get(h);
      s.append(h).append(':').append(v == null ? "" : v.trim()).append('\n');
    }
    s.append('\n').append(String.join(";", sorted)).append('\n').append(payloadHash);
    return s.toString();
  }

  public static String stringToSign(String canonicalRequest) {
    return ALGORITHM + "\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
  }

  public static String sha256Hex(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Percent-encoding as the SDK does it. */
  public static String percentEncode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
