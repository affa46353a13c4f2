package io.cloudtrade.sandbox.wechatpay.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AEAD_AES_256_GCM as WeChat Pay uses it for notifications and certificates: the key is the
 * merchant's 32-character APIv3 key, the IV a 12-character nonce, the result base64 of ciphertext
 * followed by the 16-byte tag.
 */
public final class AeadAes256Gcm {
  /** The {@code algorithm} value in resources. */
  public static final String ALGORITHM = "AEAD_AES_256_GCM";
  private static final int TAG_BITS = 128;

  private AeadAes256Gcm() {
  }

  public static String encrypt(String apiV3Key, String nonce, String associatedData, String plaintext) {
    try {
      Cipher cipher = init(Cipher.ENCRYPT_MODE, apiV3Key, nonce, associatedData);
      return Base64.getEncoder().encodeToString(cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt", e);
    }
  }

  /** The plaintext; throws {@link IllegalArgumentException} when the tag does not verify. */
  public static String decrypt(String apiV3Key, String nonce, String associatedData, String ciphertext) {
    try {
      Cipher cipher = init(Cipher.DECRYPT_MODE, apiV3Key, nonce, associatedData);
      return new String(cipher.doFinal(Base64.getDecoder().decode(ciphertext)), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot decrypt", e);
    }
  }

  private static Cipher init(int mode, String apiV3Key, String nonce, String associatedData)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(apiV3Key.getBytes(StandardCharsets.UTF_8), "AES"),
        new GCMParameterSpec(TAG_BITS, nonce.getBytes(StandardCharsets.UTF_8)));
    if (associatedData != null) {
      cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
    }
    return cipher;
  }
}
