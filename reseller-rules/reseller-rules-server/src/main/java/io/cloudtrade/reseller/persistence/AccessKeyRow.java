package io.cloudtrade.reseller.persistence;

import java.time.Instant;

/** A row of access_key. */
public class AccessKeyRow {
  public String accessKeyId;
  public long accountId;
  /** iv || ciphertext || tag, see SecretCipher */
  public byte[] secretCiphertext;
  public String status;
  public Instant createdAt;
}
