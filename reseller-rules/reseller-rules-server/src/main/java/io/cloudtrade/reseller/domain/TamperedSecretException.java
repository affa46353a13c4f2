package io.cloudtrade.reseller.domain;

/**
 * A stored secret failed its AES-GCM authentication: altered in the database, or sealed under
 * another master key. A system failure (an operator must look), never a business rejection.
 */
public class TamperedSecretException extends RuntimeException {
  public TamperedSecretException(String message) {
    super(message);
  }
}
