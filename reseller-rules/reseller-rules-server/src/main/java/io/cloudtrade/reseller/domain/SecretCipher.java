package io.cloudtrade.reseller.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts AccessKey secrets at rest with AES-256-GCM under a master key.
 *
 * <p>The sealed form is {@code iv (12 bytes) || ciphertext || tag (16 bytes)}, with a fresh random
 * IV per secret. The AccessKey id is bound as associated data, so a sealed secret copied to another
 * key's row does not open. Thread-safe: a new {@link Cipher} per call.
 */
public final class SecretCipher {
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int KEY_BYTES = 32;
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec masterKey;
  private final SecureRandom random;

  /** @param masterKey exactly 32 bytes (AES-256) */
  public SecretCipher(byte[] masterKey) {
    this(masterKey, new SecureRandom());
  }

  SecretCipher(byte[] masterKey, SecureRandom random) {
    if (masterKey == null || masterKey.length != KEY_BYTES) {
      throw new IllegalArgumentException("the master key must be 32 bytes (AES-256)");
    }
    this.masterKey = new SecretKeySpec(masterKey.clone(), "AES");
    this.random = random;
  }

  /**
   * From the base64 text of a 32-byte key, as configured.
   *
   * @throws IllegalArgumentException if it is not base64 of exactly 32 bytes
   */
  public static SecretCipher fromBase64(String base64Key) {
    if (base64Key == null || base64Key.isBlank()) {
      throw new IllegalArgumentException("the master key is not set");
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64Key.trim());
    } catch (IllegalArgumentException notBase64) {
      throw new IllegalArgumentException("the master key is not valid base64");
    }
    try {
      return new SecretCipher(key);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /** Encrypts {@code secret} for the AccessKey {@code accessKeyId}. */
  public byte[] seal(String accessKeyId, String secret) {
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, accessKeyId);
      byte[] ciphertext = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.allocate(IV_BYTES + ciphertext.length).put(iv).put(ciphertext).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  /**
   * Decrypts a secret sealed by {@link #seal} for the same AccessKey id.
   *
   * @return the secret's UTF-8 bytes; the caller should clear them when done
   * @throws TamperedSecretException if the sealed value was altered, belongs to another key id or
   *     was sealed under another master key
   */
  public byte[] open(String accessKeyId, byte[] sealed) {
    if (sealed == null || sealed.length < IV_BYTES + TAG_BITS / 8) {
      throw new TamperedSecretException("the sealed secret of " + accessKeyId + " is too short");
    }
    try {
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOfRange(sealed, 0, IV_BYTES), accessKeyId);
      return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
    } catch (AEADBadTagException e) {
      throw new TamperedSecretException("the sealed secret of " + accessKeyId + " does not authenticate");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM decryption failed", e);
    }
  }

  private Cipher cipher(int mode, byte[] iv, String accessKeyId) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance(TRANSFORMATION);
    cipher.init(mode, masterKey, new GCMParameterSpec(TAG_BITS, iv));
    cipher.updateAAD(accessKeyId.getBytes(StandardCharsets.UTF_8));
    return cipher;
  }

  @Override
  public String toString() {
    return "SecretCipher{AES-256-GCM}"; // never the key
  }
}
