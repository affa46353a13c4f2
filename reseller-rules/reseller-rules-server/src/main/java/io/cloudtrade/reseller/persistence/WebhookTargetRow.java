package io.cloudtrade.reseller.persistence;

/** The rules in force of a reseller, as far as its webhook goes: read by {@link WebhookTargetMapper}. */
public class WebhookTargetRow {
  public long resellerId;
  /** the version in force */
  public int version;
  /** that version's canonical JSON (it holds the webhook URL, never the secret) */
  public String definitionJson;
  /** that version's webhook secret, sealed by SecretCipher; null when there is none */
  public byte[] webhookSecretCiphertext;
}
