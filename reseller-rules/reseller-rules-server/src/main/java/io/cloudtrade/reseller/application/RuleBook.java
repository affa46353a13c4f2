package io.cloudtrade.reseller.application;

import io.cloudtrade.reseller.api.BusinessModelDefinition;
import io.cloudtrade.reseller.api.BusinessModelView;
import io.cloudtrade.reseller.api.RuleSetDefinition;
import io.cloudtrade.reseller.persistence.BusinessModelMapper;
import io.cloudtrade.reseller.persistence.BusinessModelRow;
import io.cloudtrade.reseller.persistence.DefinitionJson;
import io.cloudtrade.reseller.persistence.ResellerMapper;
import io.cloudtrade.reseller.persistence.RuleSetRow;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Reads business models and published rule sets, and keeps them in memory: both are immutable once
 * written, so only the pointer to the version in force is read per use. Per reseller, the newest
 * version read so far is kept (bounded by the number of resellers); an older version asked for again
 * is read again. Thread-safe; two threads missing at once both read, which is harmless.
 */
@Service
public class RuleBook {
  /** What a business model code may look like; anything else cannot exist and is not looked up. */
  private static final Pattern MODEL_CODE = Pattern.compile("[a-z0-9-]{2,32}");

  private final BusinessModelMapper models;
  private final ResellerMapper resellers;
  private final Map<String, BusinessModelView> modelCache = new ConcurrentHashMap<>();
  private final Map<Long, PublishedRules> rulesCache = new ConcurrentHashMap<>();

  public RuleBook(BusinessModelMapper models, ResellerMapper resellers) {
    this.models = models;
    this.resellers = resellers;
  }

  /** The business model {@code code}, if defined. */
  public Optional<BusinessModelView> model(String code) {
    if (code == null || !MODEL_CODE.matcher(code).matches()) {
      return Optional.empty();
    }
    BusinessModelView cached = modelCache.get(code);
    if (cached != null) {
      return Optional.of(cached);
    }
    BusinessModelRow row = models.find(code);
    if (row == null) {
      return Optional.empty();
    }
    BusinessModelView view = viewOf(row);
    modelCache.putIfAbsent(code, view);
    return Optional.of(view);
  }

  /** A stored business model as the contract shows it. */
  static BusinessModelView viewOf(BusinessModelRow row) {
    return new BusinessModelView().setDefinition(DefinitionJson.readBusinessModel(row.definitionJson)).setDefinedAt(row.definedAt);
  }

  /** The reseller's rules in force (one read of the pointer), or empty if it has published none. */
  public Optional<PublishedRules> inForce(long resellerId) {
    Integer version = resellers.findCurrentVersion(resellerId);
    return version == null || version == 0 ? Optional.empty() : Optional.of(version(resellerId, version));
  }

  /**
   * A published version of the reseller's rules.
   *
   * @throws IllegalStateException if that version or its business model is not stored (the pointer
   *     only ever names published versions, so this is a broken database)
   */
  public PublishedRules version(long resellerId, int version) {
    PublishedRules cached = rulesCache.get(resellerId);
    if (cached != null && cached.version() == version) {
      return cached;
    }
    RuleSetRow row = resellers.findRuleSet(resellerId, version);
    if (row == null) {
      throw new IllegalStateException("rule set " + PublishedRules.ruleVersion(resellerId, version) + " is not stored");
    }
    BusinessModelDefinition model = model(row.businessModel)
        .orElseThrow(() -> new IllegalStateException("business model " + row.businessModel + " of rule set "
            + PublishedRules.ruleVersion(resellerId, version) + " is not stored"))
        .getDefinition();
    RuleSetDefinition rules = DefinitionJson.readRuleSet(row.definitionJson);
    PublishedRules loaded = new PublishedRules(resellerId, version, PublishedRules.ruleVersion(resellerId, version),
        model, rules, row.checksum, row.publishedAt, row.webhookSecretCiphertext);
    rulesCache.merge(resellerId, loaded, (old, read) -> read.version() >= old.version() ? read : old);
    return loaded;
  }
}
