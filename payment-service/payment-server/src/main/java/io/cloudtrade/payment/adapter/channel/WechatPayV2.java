package io.cloudtrade.payment.adapter.channel;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * WeChat Pay API v2, the protocol of the payment-code (barcode) scene, which wechatpay-java does
 * not cover: flat XML bodies signed with the merchant's API v2 key (HMAC-SHA256: the non-empty
 * parameters but {@code sign}, sorted by name, as {@code k=v&...&key=KEY}, upper-case hex). Every
 * answer's {@code sign} is checked before anything in it is believed.
 *
 * <p>{@link #call} never throws for what the channel says or for the network: an answer that cannot
 * be read or trusted comes back as {@link Reply#trusted()} false, for the caller to treat as "no
 * answer, ask again later".
 */
final class WechatPayV2 {
  static final String HMAC_SHA256 = "HMAC-SHA256";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  private final URI base;
  private final String mchid;
  private final String appid;
  private final String key;
  private final HttpClient http;

  WechatPayV2(String baseUrl, String mchid, String appid, String apiV2Key) {
    this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    this.mchid = mchid;
    this.appid = appid;
    this.key = apiV2Key;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  }

  /** What the channel answered: trusted only when it was well-formed and its signature verified. */
  record Reply(boolean trusted, Map<String, String> fields, String problem) {
    static Reply untrusted(String problem) {
      return new Reply(false, Map.of(), problem);
    }

    String get(String name) {
      return fields.get(name);
    }

    /** return_code and result_code both SUCCESS. */
    boolean succeeded() {
      return "SUCCESS".equals(fields.get("result_code"));
    }

    String errCode() {
      return fields.getOrDefault("err_code", "");
    }

    String describe() {
      return errCode() + " " + fields.getOrDefault("err_code_des", "");
    }
  }

  /** POSTs {@code params} (appid, mch_id, nonce_str, sign_type and sign are added) to {@code path}. */
  Reply call(String path, Map<String, String> params) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("appid", appid);
    p.put("mch_id", mchid);
    p.put("nonce_str", nonce());
    p.put("sign_type", HMAC_SHA256);
    p.putAll(params);
    p.put("sign", sign(p, key));
    HttpResponse<String> response;
    try {
      response = http.send(HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
          .timeout(Duration.ofSeconds(10))
          .header("Content-Type", "application/xml; charset=UTF-8")
          .POST(HttpRequest.BodyPublishers.ofString(write(p), StandardCharsets.UTF_8)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Reply.untrusted("WeChat Pay v2 " + path + " unreachable: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Reply.untrusted("interrupted");
    }
    if (response.statusCode() != 200) {
      return Reply.untrusted("WeChat Pay v2 " + path + " answered HTTP " + response.statusCode());
    }
    Map<String, String> answer;
    try {
      answer = parse(response.body());
    } catch (IllegalArgumentException e) {
      return Reply.untrusted(e.getMessage());
    }
    if (!"SUCCESS".equals(answer.get("return_code"))) {
      // communication-level failure (bad request, bad sign of ours): unsigned, and says nothing about the trade
      return Reply.untrusted("return_code " + answer.get("return_code") + ": " + answer.get("return_msg"));
    }
    if (!verify(answer, key)) {
      return Reply.untrusted("the answer's sign does not verify");
    }
    if (!mchid.equals(answer.get("mch_id"))) {
      return Reply.untrusted("the answer names mch_id " + answer.get("mch_id"));
    }
    return new Reply(true, answer, null);
  }

  static String sign(Map<String, String> params, String key) {
    StringBuilder s = new StringBuilder();
    new TreeMap<>(params).forEach((k, v) -> {
      if (!"sign".equals(k) && v != null && !v.isEmpty()) {
        s.append(k).append('=').append(v).append('&');
      }
    });
    s.append("key=").append(key);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().withUpperCase().formatHex(mac.doFinal(s.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether {@code params} carry our key's HMAC-SHA256 {@code sign} (MD5 answers are not accepted). */
  static boolean verify(Map<String, String> params, String key) {
    String sign = params.get("sign");
    if (sign == null || (params.get("sign_type") != null && !HMAC_SHA256.equals(params.get("sign_type")))) {
      return false;
    }
    return MessageDigest.isEqual(sign(params, key).getBytes(StandardCharsets.US_ASCII),
        sign.toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
  }

  /** v2's flat XML, values in CDATA. */
  static String write(Map<String, String> params) {
    StringBuilder s = new StringBuilder("<xml>");
    params.forEach((k, v) -> {
      if (v != null) {
        s.append('<').append(k).append("><![CDATA[").append(v.replace("]]>", "]]]]><![CDATA[>")).append("]]></").append(k).append('>');
      }
    });
    return s.append("</xml>").toString();
  }

  /** The root element's children; no DTDs, no entities. Throws IllegalArgumentException on bad XML. */
  static Map<String, String> parse(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder builder = f.newDocumentBuilder();
      builder.setErrorHandler(null);
      Document doc = builder.parse(new InputSource(new StringReader(xml)));
      Map<String, String> fields = new LinkedHashMap<>();
      NodeList children = doc.getDocumentElement().getChildNodes();
      for (int i = 0; i < children.getLength(); i++) {
        Node n = children.item(i);
        if (n.getNodeType() == Node.ELEMENT_NODE) {
          fields.put(n.getNodeName(), n.getTextContent().trim());
        }
      }
      return fields;
    } catch (Exception e) {
      throw new IllegalArgumentException("not WeChat Pay v2 XML: " + e.getMessage(), e);
    }
  }

  private static String nonce() {
    char[] c = new char[32];
    for (int i = 0; i < c.length; i++) {
      c[i] = ALPHANUMERIC[RANDOM.nextInt(ALPHANUMERIC.length)];
    }
    return new String(c);
  }
}
