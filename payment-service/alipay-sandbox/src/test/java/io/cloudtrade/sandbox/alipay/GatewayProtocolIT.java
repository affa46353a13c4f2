package io.cloudtrade.sandbox.alipay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alipay.api.AlipayApiException;
import com.alipay.api.AlipayClient;
import com.alipay.api.DefaultAlipayClient;
import com.alipay.api.domain.AlipayTradePrecreateModel;
import com.alipay.api.internal.util.AlipaySignature;
import com.alipay.api.request.AlipayTradePrecreateRequest;
import com.alipay.api.request.AlipayTradeQueryRequest;
import com.alipay.api.response.AlipayTradePrecreateResponse;
import com.alipay.api.response.AlipayTradeQueryResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The gateway's protocol: signatures both ways, app ids, common parameters, charsets. */
class GatewayProtocolIT extends SandboxItBase {
  private static final DateTimeFormatter ALIPAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aRequestSignedWithAnotherKeyIsRefused() throws Exception {
    AlipayClient wrongKey = client(TestKeys.STRANGER.privateKey(), TestKeys.SANDBOX.publicKey());
    AlipayTradeQueryRequest request = new AlipayTradeQueryRequest();
    request.setBizContent("{\"out_trade_no\":\"whatever\"}");
    AlipayTradeQueryResponse response = wrongKey.execute(request);
    assertThat(response.isSuccess()).isFalse();
    assertThat(response.getCode()).isEqualTo("40002");
    assertThat(response.getMsg()).isEqualTo("Invalid Arguments");
    assertThat(response.getSubCode()).isEqualTo("isv.invalid-signature");
    assertThat(response.getSubMsg()).contains("method=alipay.trade.query");
  }

  @Test
  void theSdkRefusesAResponseSignedWithAnotherKey() {
    AlipayClient wrongAlipayKey = client(TestKeys.MERCHANT.privateKey(), TestKeys.STRANGER.publicKey());
    AlipayTradePrecreateRequest request = new AlipayTradePrecreateRequest();
    AlipayTradePrecreateModel model = new AlipayTradePrecreateModel();
    model.setOutTradeNo(newOutTradeNo());
    model.setTotalAmount("1.00");
    model.setSubject("signed by someone else");
    request.setBizModel(model);
    assertThatThrownBy(() -> wrongAlipayKey.execute(request))
        .isInstanceOf(AlipayApiException.class)
        .hasMessageContaining("sign check fail");
  }

  @Test
  void anUnknownAppIdIsRefused() throws Exception {
    AlipayClient unknown = new DefaultAlipayClient(gatewayUrl(), "2021999999999999", TestKeys.MERCHANT.privateKey(),
        "json", "utf-8", TestKeys.SANDBOX.publicKey(), "RSA2");
    AlipayTradeQueryRequest request = new AlipayTradeQueryRequest();
    request.setBizContent("{\"out_trade_no\":\"whatever\"}");
    AlipayTradeQueryResponse response = unknown.execute(request);
    assertThat(response.getCode()).isEqualTo("40002");
    assertThat(response.getSubCode()).isEqualTo("isv.invalid-app-id");
  }

  @Test
  void anAppRegisteredAtRunTimeCanCall() throws Exception {
    TestKeys keys = TestKeys.generate();
    assertThat(http.postForEntity("/sandbox/apps", Map.of("appId", "2021000000000777", "publicKey", keys.publicKey()),
        String.class).getStatusCode().value()).isEqualTo(204);
    AlipayClient other = new DefaultAlipayClient(gatewayUrl(), "2021000000000777", keys.privateKey(), "json", "utf-8",
        TestKeys.SANDBOX.publicKey(), "RSA2");
    AlipayTradeQueryRequest request = new AlipayTradeQueryRequest();
    request.setBizContent("{\"out_trade_no\":\"nothing-here\"}");
    assertThat(other.execute(request).getSubCode()).isEqualTo("ACQ.TRADE_NOT_EXIST");
  }

  @Test
  void thePublicKeyIsServed() {
    assertThat(http.getForObject("/sandbox/public-key", String.class)).isEqualTo(TestKeys.SANDBOX.publicKey());
  }

  @Test
  void chineseTextSurvivesTheRoundTrip() {
    String outTradeNo = newOutTradeNo();
    AlipayTradePrecreateModel model = new AlipayTradePrecreateModel();
    model.setOutTradeNo(outTradeNo);
    model.setTotalAmount("0.01");
    model.setSubject("云服务器 ECS 包年, \"特惠\" & 50% off");
    AlipayTradePrecreateRequest request = new AlipayTradePrecreateRequest();
    request.setBizModel(model);
    AlipayTradePrecreateResponse created = execute(request);
    assertThat(created.isSuccess()).isTrue();
    assertThat(query(outTradeNo).getSubject()).isEqualTo("云服务器 ECS 包年, \"特惠\" & 50% off");
  }

  @Test
  void missingCommonParametersAreRefused() throws Exception {
    Map<String, String> params = signedParams("alipay.trade.query", "{\"out_trade_no\":\"x\"}", now());
    params.remove("method");
    JsonNode noMethod = post(params);
    assertThat(noMethod.get("error_response").get("code").asText()).isEqualTo("40001");
    assertThat(noMethod.get("error_response").get("sub_code").asText()).isEqualTo("isv.missing-method");

    params = signedParams("alipay.trade.query", "{\"out_trade_no\":\"x\"}", now());
    params.remove("sign");
    JsonNode noSign = post(params);
    assertThat(noSign.get("alipay_trade_query_response").get("sub_code").asText()).isEqualTo("isv.missing-signature");

    params = signedParams("alipay.trade.query", "{\"out_trade_no\":\"x\"}", now());
    params.remove("app_id");
    assertThat(post(params).get("alipay_trade_query_response").get("sub_code").asText()).isEqualTo("isv.missing-app-id");
  }

  @Test
  void anUnknownMethodAndAStaleTimestampAreRefused() throws Exception {
    JsonNode unknown = post(signedParams("alipay.trade.teleport", "{}", now()));
    assertThat(unknown.get("error_response").get("code").asText()).isEqualTo("40002");
    assertThat(unknown.get("error_response").get("sub_code").asText()).isEqualTo("isv.invalid-method");

    String stale = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(2).format(ALIPAY_TIME);
    JsonNode old = post(signedParams("alipay.trade.query", "{\"out_trade_no\":\"x\"}", stale));
    assertThat(old.get("alipay_trade_query_response").get("sub_code").asText()).isEqualTo("isv.invalid-timestamp");
  }

  @Test
  void theResponseSignatureCoversTheExactResponseText() throws Exception {
    String body = postRaw(signedParams("alipay.trade.query", "{\"out_trade_no\":\"none\"}", now()));
    String prefix = "{\"alipay_trade_query_response\":";
    assertThat(body).startsWith(prefix);
    int signAt = body.lastIndexOf(",\"sign\":\"");
    String node = body.substring(prefix.length(), signAt);
    String sign = json.readTree(body).get("sign").asText();
    assertThat(AlipaySignature.rsa256CheckContent(node, sign, TestKeys.SANDBOX.publicKey(), "utf-8")).isTrue();
    assertThat(json.readTree(node).get("sub_code").asText()).isEqualTo("ACQ.TRADE_NOT_EXIST");
  }

  private static String now() {
    return LocalDateTime.now(ZoneId.of("Asia/Shanghai")).format(ALIPAY_TIME);
  }

  /** Common parameters signed with the SDK's own signing code. */
  private static Map<String, String> signedParams(String method, String bizContent, String timestamp) throws Exception {
    Map<String, String> params = new TreeMap<>();
    params.put("app_id", APP_ID);
    params.put("method", method);
    params.put("format", "JSON");
    params.put("charset", "utf-8");
    params.put("sign_type", "RSA2");
    params.put("timestamp", timestamp);
    params.put("version", "1.0");
    params.put("biz_content", bizContent);
    params.put("sign", AlipaySignature.rsa256Sign(AlipaySignature.getSignContent(params),
        TestKeys.MERCHANT.privateKey(), "utf-8"));
    return params;
  }

  private JsonNode post(Map<String, String> params) throws Exception {
    return json.readTree(postRaw(params));
  }

  private String postRaw(Map<String, String> params) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    params.forEach(form::add);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    return http.postForObject("/gateway.do", new HttpEntity<>(form, headers), String.class);
  }
}
