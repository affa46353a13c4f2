package io.cloudtrade.reseller.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class RequestSignatureTest {
  static final String SECRET = "testSecret0123456789abcdef";
  static final String STRING_TO_SIGN =
      "ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259";

  static String hmacHex(String key, String data) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
  }

  static RequestSignature signatureOf(String secret) {
    return new RequestSignature(secret.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void acceptsTheLowercaseHexHmacOfTheStringToSign() throws Exception {
    String expected = hmacHex(SECRET, STRING_TO_SIGN);
    assertThat(signatureOf(SECRET).sign(STRING_TO_SIGN)).isEqualTo(expected);
    assertThat(signatureOf(SECRET).matches(STRING_TO_SIGN, expected)).isTrue();
  }

  @Test
  void matchesRfc4231TestCase2() {
    assertThat(signatureOf("Jefe").sign("what do ya want for nothing?"))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void signsUtf8() throws Exception {
    String text = "ACS3-HMAC-SHA256\n云产品交易";
    assertThat(signatureOf("密钥-secret-0123456789").sign(text)).isEqualTo(hmacHex("密钥-secret-0123456789", text));
  }

  @Test
  void rejectsAnyOtherSignature() throws Exception {
    String good = hmacHex(SECRET, STRING_TO_SIGN);
    RequestSignature s = signatureOf(SECRET);
    assertThat(s.matches(STRING_TO_SIGN, good.toUpperCase())).isFalse();
    assertThat(s.matches(STRING_TO_SIGN, good.substring(1))).isFalse();
    assertThat(s.matches(STRING_TO_SIGN + "x", good)).isFalse();
    assertThat(s.matches(STRING_TO_SIGN, hmacHex(SECRET + "x", STRING_TO_SIGN))).isFalse();
    assertThat(s.matches(STRING_TO_SIGN, null)).isFalse();
    assertThat(s.matches(null, good)).isFalse();
  }

  @Test
  void oneInstanceServesManyThreads() throws Exception {
    RequestSignature s = signatureOf(SECRET);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String text = STRING_TO_SIGN + i;
        String expected = hmacHex(SECRET, text);
        results.add(pool.submit(() -> s.matches(text, expected)));
      }
      for (Future<Boolean> r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }
}
