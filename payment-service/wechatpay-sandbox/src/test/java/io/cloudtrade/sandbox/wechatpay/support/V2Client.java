package io.cloudtrade.sandbox.wechatpay.support;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A tiny WeChat Pay API v2 client, written from the protocol's description (independently of the
 * sandbox's code): XML requests signed with HMAC-SHA256 (or MD5), answers parsed and their sign checked.
 */
public final class V2Client {
  private final String baseUrl;
  private final String appid;
  private final String mchId;
  private final String key;
  private final HttpClient http = HttpClient.newHttpClient();

  public V2Client(String baseUrl, String appid, String mchId, String key) {
    this.baseUrl = baseUrl;
    this.appid = appid;
    this.mchId = mchId;
    this.key = key;
  }

  /** Posts {@code params} (plus appid, mch_id, nonce_str, sign_type, sign) signed with HMAC-SHA256. */
  public Map<String, String> post(String path, Map<String, String> params) throws Exception {
    return post(path, params, "HMAC-SHA256", key);
  }

  /** Posts with another sign type or key; the answer's sign is checked only when the request was well signed. */
  public Map<String, String> post(String path, Map<String, String> params, String signType, String signingKey)
      throws Exception {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("appid", appid);
    p.put("mch_id", mchId);
    p.put("nonce_str", UUID.randomUUID().toString().replace("-", ""));
    p.put("sign_type", signType);
    p.putAll(params);
    p.put("sign", sign(p, signingKey, signType));
    StringBuilder xml = new StringBuilder("<xml>");
    p.forEach((k, v) -> xml.append('<').append(k).append("><![CDATA[").append(v).append("]]></").append(k).append('>'));
    xml.append("</xml>");
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Content-Type", "text/xml; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(xml.toString(), StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (r.statusCode() != 200) {
      throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
    }
    Map<String, String> answer = parse(r.body());
    if ("SUCCESS".equals(answer.get("return_code"))) {
      String expected = sign(answer, key, signType);
      if (!expected.equals(answer.get("sign"))) {
        throw new IllegalStateException("the answer's sign is wrong: " + r.body());
      }
    }
    return answer;
  }

  /** sign: sorted non-empty k=v joined by &amp;, then &amp;key=KEY; HMAC-SHA256 or MD5, upper-case hex. */
  public static String sign(Map<String, String> params, String key, String signType) throws Exception {
    StringBuilder s = new StringBuilder();
    for (Map.Entry<String, String> e : new TreeMap<>(params).entrySet()) {
      if (!e.getKey().equals("sign") && e.getValue() != null && !e.getValue().isEmpty()) {
        s.append(e.getKey()).append('=').append(e.getValue()).append('&');
      }
    }
    s.append("key=").append(key);
    byte[] data = s.toString().getBytes(StandardCharsets.UTF_8);
    byte[] hash;
    if ("MD5".equals(signType)) {
      hash = MessageDigest.getInstance("MD5").digest(data);
    } else {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      hash = mac.doFinal(data);
    }
    return HexFormat.of().withUpperCase().formatHex(hash);
  }

  private static Map<String, String> parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    NodeList nodes = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)))
        .getDocumentElement().getChildNodes();
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
        m.put(nodes.item(i).getNodeName(), nodes.item(i).getTextContent());
      }
    }
    return m;
  }
}
