package io.cloudtrade.reseller.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretCipherTest {
  static byte[] randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }

  final SecretCipher cipher = new SecretCipher(randomKey());

  @Test
  void opensWhatItSealed() {
    byte[] sealed = cipher.seal("LTAI5tTestKeyId01", "secret-0123456789-密钥");
    assertThat(new String(cipher.open("LTAI5tTestKeyId01", sealed), StandardCharsets.UTF_8)).isEqualTo("secret-0123456789-密钥");
  }

  @Test
  void sealsWithAFreshIvAndNeverInPlainText() {
    byte[] a = cipher.seal("LTAI5tTestKeyId01", "secret-0123456789");
    byte[] b = cipher.seal("LTAI5tTestKeyId01", "secret-0123456789");
    assertThat(a).isNotEqualTo(b);
    assertThat(a).hasSize(12 + "secret-0123456789".length() + 16);
    assertThat(new String(a, StandardCharsets.ISO_8859_1)).doesNotContain("secret-0123456789");
  }

  @Test
  void detectsEveryAlteredByte() {
    byte[] sealed = cipher.seal("LTAI5tTestKeyId01", "secret-0123456789");
    for (int i = 0; i < sealed.length; i++) {
      byte[] tampered = sealed.clone();
      tampered[i] ^= 0x01;
      assertThatThrownBy(() -> cipher.open("LTAI5tTestKeyId01", tampered)).isInstanceOf(TamperedSecretException.class);
    }
  }

  @Test
  void detectsTruncation() {
    byte[] sealed = cipher.seal("LTAI5tTestKeyId01", "secret-0123456789");
    byte[] shorter = java.util.Arrays.copyOf(sealed, sealed.length - 1);
    assertThatThrownBy(() -> cipher.open("LTAI5tTestKeyId01", shorter)).isInstanceOf(TamperedSecretException.class);
    assertThatThrownBy(() -> cipher.open("LTAI5tTestKeyId01", new byte[10])).isInstanceOf(TamperedSecretException.class);
  }

  @Test
  void aSecretDoesNotOpenUnderAnotherKeyIdOrMasterKey() {
    byte[] sealed = cipher.seal("LTAI5tTestKeyId01", "secret-0123456789");
    assertThatThrownBy(() -> cipher.open("LTAI5tTestKeyId02", sealed)).isInstanceOf(TamperedSecretException.class);
    assertThatThrownBy(() -> new SecretCipher(randomKey()).open("LTAI5tTestKeyId01", sealed))
        .isInstanceOf(TamperedSecretException.class);
  }

  @Test
  void wantsABase64MasterKeyOf32Bytes() {
    byte[] key = randomKey();
    SecretCipher fromText = SecretCipher.fromBase64(Base64.getEncoder().encodeToString(key));
    assertThat(new String(new SecretCipher(key).open("k", fromText.seal("k", "v")), StandardCharsets.UTF_8)).isEqualTo("v");
    assertThatThrownBy(() -> SecretCipher.fromBase64(Base64.getEncoder().encodeToString(new byte[16])))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SecretCipher.fromBase64("not base64 !")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SecretCipher.fromBase64("")).isInstanceOf(IllegalArgumentException.class);
  }
}
