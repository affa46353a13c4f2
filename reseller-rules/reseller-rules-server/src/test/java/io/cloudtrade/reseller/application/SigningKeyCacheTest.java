package io.cloudtrade.reseller.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudtrade.reseller.domain.RequestSignature;
import io.cloudtrade.reseller.domain.SecretCipher;
import io.cloudtrade.reseller.domain.TamperedSecretException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SigningKeyCacheTest {
  final SecretCipher cipher = new SecretCipher(new byte[32]);
  final AtomicLong clock = new AtomicLong();
  final SigningKeyCache cache = new SigningKeyCache(cipher, Duration.ofSeconds(60), 2, clock::get);

  static String expected(String secret, String text) {
    return new RequestSignature(secret.getBytes(StandardCharsets.UTF_8)).sign(text);
  }

  @Test
  void reusesAnOpenedKeyWhileFresh() {
    byte[] sealed = cipher.seal("key-one-0000000001", "secret-one-000000");
    RequestSignature first = cache.signatureOf("key-one-0000000001", sealed);
    assertThat(cache.signatureOf("key-one-0000000001", sealed.clone())).isSameAs(first);
    assertThat(first.matches("text", expected("secret-one-000000", "text"))).isTrue();
    clock.addAndGet(Duration.ofSeconds(61).toNanos());
    assertThat(cache.signatureOf("key-one-0000000001", sealed)).isNotSameAs(first);
  }

  @Test
  void followsASecretReplacedInTheDatabase() {
    cache.signatureOf("key-one-0000000001", cipher.seal("key-one-0000000001", "secret-one-000000"));
    RequestSignature replaced = cache.signatureOf("key-one-0000000001", cipher.seal("key-one-0000000001", "secret-two-000000"));
    assertThat(replaced.matches("text", expected("secret-two-000000", "text"))).isTrue();
  }

  @Test
  void staysBounded() {
    for (int i = 0; i < 10; i++) {
      String id = "key-" + i + "-000000000000";
      cache.signatureOf(id, cipher.seal(id, "secret-000000000" + i));
    }
    assertThat(cache.size()).isLessThanOrEqualTo(2);
  }

  @Test
  void neverCachesATamperedSecret() {
    byte[] sealed = cipher.seal("key-one-0000000001", "secret-one-000000");
    sealed[sealed.length - 1] ^= 1;
    assertThatThrownBy(() -> cache.signatureOf("key-one-0000000001", sealed)).isInstanceOf(TamperedSecretException.class);
    assertThat(cache.size()).isZero();
  }
}
