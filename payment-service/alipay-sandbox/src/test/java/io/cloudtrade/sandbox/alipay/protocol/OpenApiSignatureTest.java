package io.cloudtrade.sandbox.alipay.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.alipay.api.internal.util.AlipaySignature;
import io.cloudtrade.sandbox.alipay.TestKeys;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The sandbox's own signature code agrees with the SDK's, both ways. */
class OpenApiSignatureTest {
  private final Map<String, String> params = Map.of(
      "app_id", "2021000000000001",
      "method", "alipay.trade.precreate",
      "charset", "utf-8",
      "sign_type", "RSA2",
      "timestamp", "2026-11-24 18:05:03",
      "version", "1.0",
      "notify_url", "",
      "biz_content", "{\"out_trade_no\":\"A1\",\"total_amount\":\"12.30\",\"subject\":\"云服务器\"}");

  @Test
  void theContentIsTheSdks() {
    assertThat(OpenApiSignature.content(params, Set.of("sign")))
        .isEqualTo(AlipaySignature.getSignContent(new HashMap<>(params)));
    assertThat(OpenApiSignature.content(params, Set.of("sign", "sign_type")))
        .isEqualTo(AlipaySignature.getSignCheckContentV1(new HashMap<>(params)));
  }

  @Test
  void whatTheSdkSignsVerifiesHere() throws Exception {
    String content = OpenApiSignature.content(params, Set.of("sign"));
    String sign = AlipaySignature.rsa256Sign(content, TestKeys.MERCHANT.privateKey(), "utf-8");
    assertThat(OpenApiSignature.verify(content, sign, OpenApiSignature.publicKey(TestKeys.MERCHANT.publicKey()),
        "RSA2", StandardCharsets.UTF_8)).isTrue();
    assertThat(OpenApiSignature.verify(content + "x", sign, OpenApiSignature.publicKey(TestKeys.MERCHANT.publicKey()),
        "RSA2", StandardCharsets.UTF_8)).isFalse();
    assertThat(OpenApiSignature.verify(content, "not base64!", OpenApiSignature.publicKey(TestKeys.MERCHANT.publicKey()),
        "RSA2", StandardCharsets.UTF_8)).isFalse();
  }

  @Test
  void whatIsSignedHereVerifiesInTheSdk() throws Exception {
    Map<String, String> notify = new HashMap<>(params);
    String sign = OpenApiSignature.sign(OpenApiSignature.content(notify, Set.of("sign", "sign_type")),
        OpenApiSignature.privateKey(TestKeys.SANDBOX.privateKey()), "RSA2", StandardCharsets.UTF_8);
    notify.put("sign", sign);
    assertThat(AlipaySignature.rsaCheckV1(notify, TestKeys.SANDBOX.publicKey(), "utf-8", "RSA2")).isTrue();
  }

  @Test
  void thePublicKeyIsDerivedFromThePrivateKey() {
    assertThat(new SandboxKeys(TestKeys.SANDBOX.privateKey()).publicKeyBase64()).isEqualTo(TestKeys.SANDBOX.publicKey());
    String pem = "-----BEGIN PRIVATE KEY-----\n" + TestKeys.SANDBOX.privateKey().replaceAll("(.{64})", "$1\n")
        + "\n-----END PRIVATE KEY-----\n";
    assertThat(new SandboxKeys(pem).publicKeyBase64()).isEqualTo(TestKeys.SANDBOX.publicKey());
  }
}
