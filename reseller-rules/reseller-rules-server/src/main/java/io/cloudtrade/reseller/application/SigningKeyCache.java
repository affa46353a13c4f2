package io.cloudtrade.reseller.application;

import io.cloudtrade.reseller.domain.RequestSignature;
import io.cloudtrade.reseller.domain.SecretCipher;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Keeps the decrypted, HMAC-initialised key of recently used AccessKeys in memory for a short
 * time, so that a signature check costs one HMAC and no AES decryption.
 *
 * <p>An entry is used only while it is fresh and was opened from the very sealed bytes now in the
 * database: a re-sealed or replaced secret is picked up on its next use, whatever the TTL. The TTL
 * only bounds how long a plain secret lives in memory. Thread-safe; two threads missing at once
 * both decrypt, which is harmless.
 */
public final class SigningKeyCache {
  private final SecretCipher cipher;
  private final long ttlNanos;
  private final int maxEntries;
  private final LongSupplier nanoTime;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  private record Entry(byte[] sealed, RequestSignature signature, long expiresAtNanos) {}

  public SigningKeyCache(SecretCipher cipher, Duration ttl, int maxEntries) {
    this(cipher, ttl, maxEntries, System::nanoTime);
  }

  SigningKeyCache(SecretCipher cipher, Duration ttl, int maxEntries, LongSupplier nanoTime) {
    if (ttl.isNegative() || maxEntries < 1) {
      throw new IllegalArgumentException("the TTL must not be negative and the size must be positive");
    }
    this.cipher = cipher;
    this.ttlNanos = ttl.toNanos();
    this.maxEntries = maxEntries;
    this.nanoTime = nanoTime;
  }

  /** The signature verifier of {@code accessKeyId}, whose secret is stored as {@code sealed}. */
  public RequestSignature signatureOf(String accessKeyId, byte[] sealed) {
    long now = nanoTime.getAsLong();
    Entry cached = entries.get(accessKeyId);
    if (cached != null && now - cached.expiresAtNanos < 0 && Arrays.equals(cached.sealed, sealed)) {
      return cached.signature;
    }
    byte[] secret = cipher.open(accessKeyId, sealed);
    RequestSignature signature;
    try {
      signature = new RequestSignature(secret);
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
    if (entries.size() >= maxEntries) {
      entries.values().removeIf(e -> now - e.expiresAtNanos >= 0);
      if (entries.size() >= maxEntries) {
        entries.clear(); // all fresh and too many: start over rather than grow without bound
      }
    }
    entries.put(accessKeyId, new Entry(sealed.clone(), signature, now + ttlNanos));
    return signature;
  }

  /** How many keys are held now. */
  public int size() {
    return entries.size();
  }
}
