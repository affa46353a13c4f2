package io.cloudtrade.sandbox.wechatpay.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wechat.pay.java.core.auth.WechatPay2Credential;
import com.wechat.pay.java.core.cipher.AeadAesCipher;
import com.wechat.pay.java.core.cipher.RSASigner;
import com.wechat.pay.java.core.util.PemUtil;
import io.cloudtrade.sandbox.wechatpay.domain.PlatformKeyMode;
import io.cloudtrade.sandbox.wechatpay.support.TestKeys;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The protocol's primitives, checked against WeChat Pay's documented examples and the official SDK. */
class ProtocolTest {
  static final String API_V3_KEY = "a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb";

  @Test
  void v2SignaturesMatchTheDocumentedExample() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("appid", "wxd930ea5d5a258f4f");
    params.put("mch_id", "10000100");
    params.put("device_info", "1000");
    params.put("body", "test");
    params.put("nonce_str", "ibuaiVcKdpRxkhJA");
    params.put("empty", "");
    String key = "192006250b4c09247ec02edce69f6a2d";

    assertThat(V2Signature.sign(params, key, "MD5")).isEqualTo("9A0A8659F005D6984697E2CA0A9CF3B7");
    assertThat(V2Signature.sign(params, key, "HMAC-SHA256"))
        .isEqualTo("6A9AE1657590FD6257D693A078E1C3E4BB6BA4DC30B23E0EE2496E54170DACD6");
    params.put("sign_type", "HMAC-SHA256");
    params.put("sign", V2Signature.sign(params, key, "HMAC-SHA256"));
    assertThat(V2Signature.verify(params, key)).isTrue();
    params.put("body", "tampered");
    assertThat(V2Signature.verify(params, key)).isFalse();
  }

  @Test
  void v2XmlRoundTripsAndRefusesDoctypes() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("body", "a <b> & ]]> c");
    params.put("total_fee", "1");
    assertThat(V2Xml.parse(V2Xml.write(params))).isEqualTo(params);
    assertThatThrownBy(() -> V2Xml.parse("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml><a>&e;</a></xml>"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSdksAuthorizationVerifies() {
    KeyPair merchant = TestKeys.rsa();
    WechatPay2Credential credential = new WechatPay2Credential("1900000109", new RSASigner("SERIAL1", merchant.getPrivate()));
    String body = "{\"mchid\":\"1900000109\"}";
    String header = credential.getAuthorization(URI.create("https://api.mch.weixin.qq.com/v3/x/y?mchid=1&b=%E4%B8%AD"),
        "POST", body);

    V3Authorization a = V3Authorization.parse(header).orElseThrow();

    assertThat(a.mchid()).isEqualTo("1900000109");
    assertThat(a.serialNo()).isEqualTo("SERIAL1");
    assertThat(a.verify(merchant.getPublic(), "POST", "/v3/x/y?mchid=1&b=%E4%B8%AD", body)).isTrue();
    assertThat(a.verify(merchant.getPublic(), "POST", "/v3/x/y?mchid=1&b=%E4%B8%AD", body + " ")).isFalse();
    assertThat(a.verify(TestKeys.rsa().getPublic(), "POST", "/v3/x/y?mchid=1&b=%E4%B8%AD", body)).isFalse();
    assertThat(V3Authorization.parse("WECHATPAY2-SHA256-RSA2048 mchid=\"1\"")).isEmpty();
  }

  @Test
  void aeadAgreesWithTheSdk() {
    AeadAesCipher sdk = new AeadAesCipher(API_V3_KEY.getBytes(StandardCharsets.UTF_8));
    String ours = AeadAes256Gcm.encrypt(API_V3_KEY, "0123456789ab", "transaction", "{\"支付\":1}");
    assertThat(sdk.decrypt("transaction".getBytes(StandardCharsets.UTF_8), "0123456789ab".getBytes(StandardCharsets.UTF_8),
        Base64.getDecoder().decode(ours))).isEqualTo("{\"支付\":1}");
    String theirs = sdk.encrypt("certificate".getBytes(StandardCharsets.UTF_8),
        "ba9876543210".getBytes(StandardCharsets.UTF_8), "pem".getBytes(StandardCharsets.UTF_8));
    assertThat(AeadAes256Gcm.decrypt(API_V3_KEY, "ba9876543210", "certificate", theirs)).isEqualTo("pem");
    assertThatThrownBy(() -> AeadAes256Gcm.decrypt(API_V3_KEY, "ba9876543210", "transaction", theirs))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thePlatformCertificateIsWhatTheSdkReads() throws Exception {
    KeyPair pair = TestKeys.rsa();
    PlatformKeys keys = PlatformKeys.create(TestKeys.pkcs8(pair), null, Instant.now());

    X509Certificate read = PemUtil.loadX509FromString(Keys.pem(keys.certificate()));

    read.verify(pair.getPublic());
    read.checkValidity();
    assertThat(read.getPublicKey()).isEqualTo(pair.getPublic());
    assertThat(PemUtil.getSerialNumber(read)).isEqualTo(keys.certificateSerial()).hasSize(40);
    assertThat(keys.serialFor(PlatformKeyMode.CERTIFICATE)).isEqualTo(keys.certificateSerial());
    assertThat(keys.serialFor(PlatformKeyMode.PUBLIC_KEY)).isEqualTo(keys.publicKeyId()).startsWith("PUB_KEY_ID_0112");
    PlatformKeys again = PlatformKeys.create(TestKeys.pkcs8(pair), null, Instant.now());
    assertThat(again.publicKeyId()).as("stable for a key").isEqualTo(keys.publicKeyId());
    assertThat(again.certificateSerial()).isEqualTo(keys.certificateSerial());
    assertThat(Rsa.verify(pair.getPublic(), "message", keys.sign("message"))).isTrue();
  }

  @Test
  void keysAreReadInEveryUsualForm() throws Exception {
    KeyPair pair = TestKeys.rsa();
    PlatformKeys keys = PlatformKeys.create(TestKeys.pkcs8(pair), "PUB_KEY_ID_X", Instant.now());
    String pemKey = "-----BEGIN PUBLIC KEY-----\n" + TestKeys.x509(pair) + "\n-----END PUBLIC KEY-----\n";
    assertThat(Keys.publicKey(TestKeys.x509(pair))).isEqualTo(pair.getPublic());
    assertThat(Keys.publicKey(pemKey)).isEqualTo(pair.getPublic());
    assertThat(Keys.publicKey(
        Keys.pem(keys.certificate()))).isEqualTo(pair.getPublic());
    assertThat(keys.publicKeyId()).isEqualTo("PUB_KEY_ID_X");
  }
}
