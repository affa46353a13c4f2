package io.cloudtrade.reseller.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
  static final String SECRET = "whsec-test-0123456789";
  static final long TIMESTAMP = 1_764_000_000L;
  static final String BODY = "{\"eventType\":\"OrderPaid\",\"deliveryId\":\"42\",\"order\":{\"orderId\":\"7\",\"amount\":\"23.84\"}}";
  /**
   * Computed independently of this code:
   * {@code printf '%s' '1764000000.<BODY>' | openssl dgst -sha256 -hmac 'whsec-test-0123456789'}
   */
  static final String EXPECTED = "sha256=f282c4c9ae0d6b1a4bcfdb0618c92926c2c432db9818529712a8d028bcf47aef";

  @Test
  void signsTimestampDotBodyWithHmacSha256InLowercaseHex() {
    assertThat(WebhookSignature.sign(SECRET, TIMESTAMP, BODY)).isEqualTo(EXPECTED);
    assertThat(WebhookSignature.sign(SECRET.getBytes(StandardCharsets.UTF_8), TIMESTAMP, BODY)).isEqualTo(EXPECTED);
  }

  @Test
  void signsUtf8() {
    // printf '%s' '1764000000.{"note":"云产品交易"}' | openssl dgst -sha256 -hmac '密钥-secret'
    assertThat(WebhookSignature.sign("密钥-secret", TIMESTAMP, "{\"note\":\"云产品交易\"}"))
        .isEqualTo("sha256=b51ae3436d45f16aab0b4608d1478a94a4b87a78dd5a21002df511b491fb3de1");
  }

  @Test
  void signsAnEmptyBody() {
    // printf '%s' '0.' | openssl dgst -sha256 -hmac 'k'
    assertThat(WebhookSignature.sign("k", 0, ""))
        .isEqualTo("sha256=6b4a4b8b3c40f1e8f53a3d36682e5f99f7ad2ac1df1c93dfe336f329167641e7");
  }

  @Test
  void verifiesItsOwnSignature() {
    assertThat(WebhookSignature.verify(SECRET, TIMESTAMP, BODY, EXPECTED)).isTrue();
    assertThat(WebhookSignature.verify(SECRET.getBytes(StandardCharsets.UTF_8), TIMESTAMP, BODY, EXPECTED)).isTrue();
  }

  @Test
  void rejectsAnythingElse() {
    assertThat(WebhookSignature.verify(SECRET, TIMESTAMP, BODY, EXPECTED.toUpperCase())).isFalse();
    assertThat(WebhookSignature.verify(SECRET, TIMESTAMP, BODY, EXPECTED.substring("sha256=".length()))).isFalse();
    assertThat(WebhookSignature.verify(SECRET, TIMESTAMP, BODY, EXPECTED.substring(0, EXPECTED.length() - 1))).isFalse();
    assertThat(WebhookSignature.verify(SECRET, TIMESTAMP + 1, BODY, EXPECTED)).isFalse();
    assertThat(WebhookSignature.verify(SECRET, TIMESTAMP, BODY + " ", EXPECTED)).isFalse();
    assertThat(WebhookSignature.verify(SECRET + "x", TIMESTAMP, BODY, EXPECTED)).isFalse();
    assertThat(WebhookSignature.verify(SECRET, TIMESTAMP, BODY, null)).isFalse();
    assertThat(WebhookSignature.verify(SECRET, TIMESTAMP, null, EXPECTED)).isFalse();
    assertThat(WebhookSignature.verify((String) null, TIMESTAMP, BODY, EXPECTED)).isFalse();
    assertThat(WebhookSignature.verify(new byte[0], TIMESTAMP, BODY, EXPECTED)).isFalse();
  }

  @Test
  void refusesToSignWithoutASecret() {
    assertThatThrownBy(() -> WebhookSignature.sign(new byte[0], TIMESTAMP, BODY)).isInstanceOf(IllegalArgumentException.class);
  }
}
