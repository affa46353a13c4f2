package io.cloudtrade.reseller.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  /** Few iterations keep the tests fast; the format and the algorithm are the same. */
  final PasswordHasher fast = new PasswordHasher(new SecureRandom(), 1_000);

  @Test
  void storesPbkdf2Sha256WithA16ByteSaltAndAHundredThousandIterations() throws Exception {
    String stored = new PasswordHasher().hash("correct horse");
    String[] parts = stored.split("\\$");
    assertThat(parts).hasSize(4);
    assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
    assertThat(parts[1]).isEqualTo("100000");
    byte[] salt = Base64.getDecoder().decode(parts[2]);
    assertThat(salt).hasSize(16);
    byte[] hash = Base64.getDecoder().decode(parts[3]);
    PBEKeySpec spec = new PBEKeySpec("correct horse".toCharArray(), salt, 100_000, hash.length * 8);
    assertThat(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded()).isEqualTo(hash);
  }

  @Test
  void verifiesTheRightPasswordOnly() {
    String stored = fast.hash("s3cret-pass");
    assertThat(fast.verify("s3cret-pass", stored)).isTrue();
    assertThat(fast.verify("s3cret-pasS", stored)).isFalse();
    assertThat(fast.verify("", stored)).isFalse();
    assertThat(fast.verify(null, stored)).isFalse();
  }

  @Test
  void saltsEveryHash() {
    assertThat(fast.hash("same password")).isNotEqualTo(fast.hash("same password"));
  }

  @Test
  void readsTheIterationCountFromTheStoredHash() {
    String stored = new PasswordHasher(new SecureRandom(), 2_000).hash("pass-word");
    assertThat(fast.verify("pass-word", stored)).isTrue();
  }

  @Test
  void refusesMalformedStoredValues() {
    String stored = fast.hash("pass-word");
    assertThat(fast.verify("pass-word", "plain:pass-word")).isFalse();
    assertThat(fast.verify("pass-word", stored.replace("pbkdf2-sha256", "pbkdf2-sha1"))).isFalse();
    assertThat(fast.verify("pass-word", "pbkdf2-sha256$x$AAAA$AAAA")).isFalse();
    assertThat(fast.verify("pass-word", "pbkdf2-sha256$0$AAAA$AAAA")).isFalse();
    assertThat(fast.verify("pass-word", "pbkdf2-sha256$1000$!!$AAAA")).isFalse();
    assertThat(fast.verify("pass-word", null)).isFalse();
  }

  @Test
  void verifiesNothingWithoutFailing() {
    assertThat(fast.verifyNothing("anything")).isFalse();
    assertThat(fast.verifyNothing(null)).isFalse();
  }

  @Test
  void handlesNonAsciiPasswords() {
    String stored = fast.hash("пароль-密码-ü");
    assertThat(fast.verify("пароль-密码-ü", stored)).isTrue();
    assertThat(fast.verify("пароль-密码-u", stored)).isFalse();
  }
}
