package io.cloudtrade.reseller.persistence;

import java.time.Instant;

/** A row of rule_set: one published version of a reseller's rules. */
public class RuleSetRow {
  public long resellerId;
  public int version;
  public String businessModel;
  /** canonical JSON without the webhook secret, see {@link DefinitionJson} */
  public String definitionJson;
  /** the webhook secret, sealed by SecretCipher; null when there is none */
  public byte[] webhookSecretCiphertext;
  public String checksum;
  public Instant publishedAt;
}
