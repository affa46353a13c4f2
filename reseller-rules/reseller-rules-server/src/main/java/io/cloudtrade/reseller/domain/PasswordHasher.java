package io.cloudtrade.reseller.domain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes and verifies passwords with PBKDF2WithHmacSHA256: a 16-byte random salt and 100,000
 * iterations, stored as {@code pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>}. The
 * iteration count is read back from each stored hash, so it can be raised later without breaking
 * existing ones. Thread-safe.
 */
public final class PasswordHasher {
  /** The prefix of every stored hash. */
  public static final String SCHEME = "pbkdf2-sha256";
  /** The iteration count of new hashes. */
  public static final int ITERATIONS = 100_000;

  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;

  private final SecureRandom random;
  private final int iterations;
  /** A real hash to verify against when the login name is unknown, so that both cost the same. */
  private final String decoy;

  public PasswordHasher() {
    this(new SecureRandom(), ITERATIONS);
  }

  /** With another iteration count: for tests only, production uses {@link #ITERATIONS}. */
  PasswordHasher(SecureRandom random, int iterations) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be positive");
    }
    this.random = random;
    this.iterations = iterations;
    this.decoy = hash("decoy password, never matched");
  }

  /** Returns the stored form of {@code password}, with a fresh salt. */
  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    Base64.Encoder b64 = Base64.getEncoder();
    return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
        + b64.encodeToString(derive(password, salt, iterations, HASH_BITS));
  }

  /**
   * Whether {@code password} matches {@code stored}; false for a malformed stored value. Compares
   * in constant time.
   */
  public boolean verify(String password, String stored) {
    if (password == null || stored == null) {
      return false;
    }
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !SCHEME.equals(parts[0])) {
      return false;
    }
    int rounds;
    byte[] salt;
    byte[] expected;
    try {
      rounds = Integer.parseInt(parts[1]);
      salt = Base64.getDecoder().decode(parts[2]);
      expected = Base64.getDecoder().decode(parts[3]);
    } catch (IllegalArgumentException malformed) {
      return false;
    }
    if (rounds < 1 || expected.length == 0) {
      return false;
    }
    return MessageDigest.isEqual(expected, derive(password, salt, rounds, expected.length * 8));
  }

  /**
   * Spends the same work as a real verification and returns false: used when the login name is
   * unknown, so that a caller cannot tell an unknown name from a wrong password by timing.
   */
  public boolean verifyNothing(String password) {
    verify(password == null ? "" : password, decoy);
    return false;
  }

  private static byte[] derive(String password, byte[] salt, int rounds, int bits) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, rounds, bits);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    } finally {
      spec.clearPassword();
    }
  }

  @Override
  public String toString() {
    return "PasswordHasher{" + SCHEME + ", iterations=" + iterations + "}";
  }
}
