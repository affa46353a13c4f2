package io.cloudtrade.sandbox.alipay.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cloudtrade.sandbox.alipay.domain.AlipayTime;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alipay's open gateway: checks the common parameters and the request's signature, calls the method,
 * and answers {@code {"<method>_response":{...},"sign":"..."}} where the sign is made over the exact
 * text of the response node, as the SDK verifies it. Gateway errors use Alipay's public codes
 * (40001 Missing Required Arguments, 40002 Invalid Arguments) and sub_codes (isv.*).
 */
public final class OpenApiGateway {
  /** The response node of calls whose method is missing or unknown. */
  public static final String ERROR_RESPONSE = "error_response";
  private static final Logger log = LoggerFactory.getLogger(OpenApiGateway.class);

  private final Map<String, OpenApiMethod> methods;
  private final SandboxKeys keys;
  private final Clock clock;
  private final Duration maxClockSkew;
  private final ObjectMapper json = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  public OpenApiGateway(Map<String, OpenApiMethod> methods, SandboxKeys keys, Clock clock, Duration maxClockSkew) {
    this.methods = Map.copyOf(methods);
    this.keys = keys;
    this.clock = clock;
    this.maxClockSkew = maxClockSkew;
  }

  /** A response body, to be written in {@code charset}. */
  public record Response(String body, Charset charset) {
  }

  /**
   * Answers one request.
   *
   * @param params every parameter of the request (query string and form body), decoded
   * @param charset the request's charset, or null when its charset parameter names none we know
   * @param baseUrl where the sandbox is reachable, for links it answers
   */
  public Response handle(Map<String, String> params, Charset charset, String baseUrl) {
    Charset cs = charset == null ? StandardCharsets.UTF_8 : charset;
    String method = params.get("method");
    String node = method != null && methods.containsKey(method)
        ? method.replace('.', '_') + "_response" : ERROR_RESPONSE;
    String signType = OpenApiSignature.supports(params.get("sign_type")) ? params.get("sign_type") : OpenApiSignature.RSA2;
    String appId = params.get("app_id");

    if (isEmpty(appId)) {
      return answer(node, OpenApiResult.missingArguments("isv.missing-app-id", "缺少AppID参数"), null, cs);
    }
    Optional<PublicKey> appKey = keys.appKey(appId);
    if (appKey.isEmpty()) {
      // Alipay does not sign for an application it does not know
      return answer(node, OpenApiResult.invalidArguments("isv.invalid-app-id", "无效的AppID参数"), null, cs);
    }
    OpenApiResult rejected = checkCommonParameters(params, charset, appKey.get());
    if (rejected != null) {
      log.info("gateway: {} from {} rejected: {} {}", method, appId, rejected.subCode(), rejected.subMsg());
      return answer(node, rejected, signType, cs);
    }
    if (!methods.containsKey(method)) {
      return answer(node, OpenApiResult.invalidArguments("isv.invalid-method", "不存在的方法名"), signType, cs);
    }
    JsonNode biz;
    try {
      String content = params.get("biz_content");
      biz = isEmpty(content) ? json.createObjectNode() : json.readTree(content);
    } catch (JsonProcessingException e) {
      biz = null;
    }
    if (biz == null || !biz.isObject()) {
      return answer(node, OpenApiResult.invalidArguments("isv.invalid-parameter", "biz_content is not a JSON object"),
          signType, cs);
    }
    OpenApiResult result = methods.get(method).call(
        new OpenApiCall(appId, method, emptyToNull(params.get("notify_url")), biz, baseUrl));
    return answer(node, result, signType, cs);
  }

  private OpenApiResult checkCommonParameters(Map<String, String> params, Charset charset, PublicKey appKey) {
    if (isEmpty(params.get("method"))) {
      return OpenApiResult.missingArguments("isv.missing-method", "缺少方法名参数");
    }
    if (isEmpty(params.get("sign"))) {
      return OpenApiResult.missingArguments("isv.missing-signature", "缺少签名参数");
    }
    if (isEmpty(params.get("sign_type"))) {
      return OpenApiResult.missingArguments("isv.missing-signature-type", "缺少签名类型参数");
    }
    if (isEmpty(params.get("timestamp"))) {
      return OpenApiResult.missingArguments("isv.missing-timestamp", "缺少时间戳参数");
    }
    if (isEmpty(params.get("version"))) {
      return OpenApiResult.missingArguments("isv.missing-version", "缺少版本参数");
    }
    if (!OpenApiSignature.supports(params.get("sign_type"))) {
      return OpenApiResult.invalidArguments("isv.invalid-signature-type", "无效的签名类型");
    }
    if (charset == null) {
      return OpenApiResult.invalidArguments("isv.invalid-charset", "字符集错误");
    }
    String format = params.get("format");
    if (!isEmpty(format) && !"json".equalsIgnoreCase(format)) {
      return OpenApiResult.invalidArguments("isv.invalid-format", "无效的数据格式");
    }
    if (!"1.0".equals(params.get("version"))) {
      return OpenApiResult.invalidArguments("isv.invalid-parameter", "version must be 1.0");
    }
    Optional<Instant> timestamp = AlipayTime.parse(params.get("timestamp"));
    if (timestamp.isEmpty()
        || Duration.between(timestamp.get(), clock.instant()).abs().compareTo(maxClockSkew) > 0) {
      return OpenApiResult.invalidArguments("isv.invalid-timestamp", "非法的时间戳参数");
    }
    String content = OpenApiSignature.content(params, Set.of("sign"));
    if (!OpenApiSignature.verify(content, params.get("sign"), appKey, params.get("sign_type"), charset)) {
      return OpenApiResult.invalidArguments("isv.invalid-signature",
          "验签出错，建议检查签名字符串或签名私钥与应用公钥是否匹配，网关生成的验签字符串为：" + content);
    }
    return null;
  }

  /** The response text: the node is written once, and that very text is signed. */
  private Response answer(String node, OpenApiResult result, String signType, Charset charset) {
    String nodeText;
    try {
      nodeText = json.writeValueAsString(result.toNode());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a response node", e);
    }
    StringBuilder body = new StringBuilder("{\"").append(node).append("\":").append(nodeText);
    if (signType != null) {
      String sign = OpenApiSignature.sign(nodeText, keys.privateKey(), signType, charset);
      body.append(",\"sign\":\"").append(sign).append('"');
    }
    return new Response(body.append('}').toString(), charset);
  }

  private static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }

  private static String emptyToNull(String s) {
    return isEmpty(s) ? null : s;
  }
}
