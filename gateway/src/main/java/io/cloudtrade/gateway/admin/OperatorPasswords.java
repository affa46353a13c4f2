package io.cloudtrade.gateway.admin;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Operator password hashes: PBKDF2-HMAC-SHA256, written {@code
 * pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>}. To hash a new password for {@code
 * cloudtrade.admin.operators} in gateway.yml (after {@code ./mvnw -q install -pl gateway}):
 *
 * <pre>
 *   java -cp gateway/target/classes io.cloudtrade.gateway.admin.OperatorPasswords 'the password'
 * </pre>
 */
public final class OperatorPasswords {
  /** Iterations of a new hash. */
  public static final int ITERATIONS = 120_000;
  private static final String PREFIX = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  private OperatorPasswords() {}

  /** A new hash of a password, with a random salt. */
  public static String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return PREFIX + "$" + ITERATIONS + "$" + Base64.getEncoder().encodeToString(salt) + "$"
        + Base64.getEncoder().encodeToString(derive(password, salt, ITERATIONS));
  }

  /** Whether the password matches the hash; false for a malformed hash. Constant time in the hash. */
  public static boolean matches(String password, String hash) {
    if (password == null || hash == null) {
      return false;
    }
    String[] parts = hash.split("\\$");
    if (parts.length != 4 || !parts[0].equals(PREFIX)) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      return iterations > 0 && MessageDigest.isEqual(expected, derive(password, salt, iterations));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
    }
  }

  /** Prints the hash of the password given as the only argument. */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: OperatorPasswords <password>");
      System.exit(2);
    }
    System.out.println(hash(args[0]));
  }
}
