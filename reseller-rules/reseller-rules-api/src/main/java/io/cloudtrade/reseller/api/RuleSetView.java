package io.cloudtrade.reseller.api;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/** A published version of a reseller's rules. */
public class RuleSetView implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private long resellerId;
  /** 1, 2, ... */
  private int version;
  /** what orders record, e.g. 1380000000000002/v3 */
  private String ruleVersion;
  /** SHA-256 (hex) of the published definition */
  private String checksum;
  /** as published, without the webhook secret */
  private RuleSetDefinition definition;
  /** UTC */
  private Instant publishedAt;

  public long getResellerId() {
    return resellerId;
  }

  public RuleSetView setResellerId(long resellerId) {
    this.resellerId = resellerId;
    return this;
  }

  public int getVersion() {
    return version;
  }

  public RuleSetView setVersion(int version) {
    this.version = version;
    return this;
  }

  public String getRuleVersion() {
    return ruleVersion;
  }

  public RuleSetView setRuleVersion(String ruleVersion) {
    this.ruleVersion = ruleVersion;
    return this;
  }

  public String getChecksum() {
    return checksum;
  }

  public RuleSetView setChecksum(String checksum) {
    this.checksum = checksum;
    return this;
  }

  public RuleSetDefinition getDefinition() {
    return definition;
  }

  public RuleSetView setDefinition(RuleSetDefinition definition) {
    this.definition = definition;
    return this;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public RuleSetView setPublishedAt(Instant publishedAt) {
    this.publishedAt = publishedAt;
    return this;
  }

  @Override
  public String toString() {
    return "RuleSetView{" + "resellerId=" + resellerId + ", " + "version=" + version + ", " + "ruleVersion=" + ruleVersion + ", " + "checksum=" + checksum + ", " + "definition=" + definition + ", " + "publishedAt=" + publishedAt + "}";
  }
}
