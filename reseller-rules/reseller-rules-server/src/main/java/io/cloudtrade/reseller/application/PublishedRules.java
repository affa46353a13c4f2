package io.cloudtrade.reseller.application;

import io.cloudtrade.reseller.api.BusinessModelDefinition;
import io.cloudtrade.reseller.api.RuleSetDefinition;
import io.cloudtrade.reseller.api.RuleSetView;
import java.time.Instant;

/**
 * One published version of a reseller's rules with its business model, as read once and kept: both
 * never change. The definitions are shared between callers and must not be modified.
 *
 * @param ruleVersion what orders record: {@code <resellerId>/v<version>}
 * @param rules the rule set without its webhook secret
 * @param sealedWebhookSecret the webhook secret as stored (sealed), or null
 */
public record PublishedRules(long resellerId, int version, String ruleVersion, BusinessModelDefinition model,
    RuleSetDefinition rules, String checksum, Instant publishedAt, byte[] sealedWebhookSecret) {

  /** What orders record for this version of this reseller's rules. */
  public static String ruleVersion(long resellerId, int version) {
    return resellerId + "/v" + version;
  }

  /** The associated data that binds a sealed webhook secret to its reseller and version. */
  static String webhookSecretBinding(long resellerId, int version) {
    return "reseller-webhook:" + ruleVersion(resellerId, version);
  }

  /** The contract's view: the published definition, without the webhook secret. */
  public RuleSetView view() {
    return new RuleSetView()
        .setResellerId(resellerId)
        .setVersion(version)
        .setRuleVersion(ruleVersion)
        .setChecksum(checksum)
        .setDefinition(rules)
        .setPublishedAt(publishedAt);
  }
}
