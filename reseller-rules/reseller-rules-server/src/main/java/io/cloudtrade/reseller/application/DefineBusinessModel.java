package io.cloudtrade.reseller.application;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.reseller.api.BusinessModelDefinition;
import io.cloudtrade.reseller.api.BusinessModelView;
import io.cloudtrade.reseller.api.ResellerErrors;
import io.cloudtrade.reseller.domain.rules.BusinessModelRules;
import io.cloudtrade.reseller.persistence.BusinessModelMapper;
import io.cloudtrade.reseller.persistence.BusinessModelRow;
import io.cloudtrade.reseller.persistence.DefinitionJson;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Defines business models, which never change once defined: the same code again with the same
 * definition (same canonical JSON) returns the model, with another definition it is {@link
 * ResellerErrors#BUSINESS_MODEL_EXISTS}. The primary key decides between concurrent definitions.
 */
@Service
public class DefineBusinessModel {
  private static final Logger log = LoggerFactory.getLogger(DefineBusinessModel.class);

  private final BusinessModelMapper models;
  private final RuleBook ruleBook;
  private final Clock clock = Clock.systemUTC();

  public DefineBusinessModel(BusinessModelMapper models, RuleBook ruleBook) {
    this.models = models;
    this.ruleBook = ruleBook;
  }

  /**
   * Defines a business model.
   *
   * @return the model; or {@link ResellerErrors#INVALID_BUSINESS_MODEL} with every problem as
   *     details, {@link ResellerErrors#BUSINESS_MODEL_EXISTS}
   */
  public Outcome<BusinessModelView> define(BusinessModelDefinition definition) {
    if (definition == null) {
      return Outcome.rejected(ResellerErrors.INVALID_BUSINESS_MODEL, "the business model is missing",
          List.of("the business model is missing"));
    }
    List<String> problems = BusinessModelRules.problems(definition);
    if (!problems.isEmpty()) {
      return Outcome.rejected(ResellerErrors.INVALID_BUSINESS_MODEL,
          "business model " + definition.getCode() + " is invalid: " + problems.size() + " problem(s)", problems);
    }
    String json = DefinitionJson.canonical(definition);
    String checksum = DefinitionJson.checksum(json);
    BusinessModelRow existing = models.find(definition.getCode());
    if (existing != null) {
      return replay(existing, checksum);
    }
    BusinessModelRow row = new BusinessModelRow();
    row.code = definition.getCode();
    row.definitionJson = json;
    row.checksum = checksum;
    row.definedAt = Inputs.now(clock);
    try {
      models.insert(row);
    } catch (DuplicateKeyException concurrentDefinition) {
      return replay(models.find(definition.getCode()), checksum);
    }
    log.info("business model defined code={} checksum={}", row.code, checksum);
    return Outcome.ok(RuleBook.viewOf(row));
  }

  /** Every business model, by code. */
  public Outcome<ArrayList<BusinessModelView>> list() {
    ArrayList<BusinessModelView> all = new ArrayList<>();
    for (BusinessModelRow row : models.findAll()) {
      all.add(RuleBook.viewOf(row));
    }
    return Outcome.ok(all);
  }

  private Outcome<BusinessModelView> replay(BusinessModelRow existing, String checksum) {
    if (!existing.checksum.equals(checksum)) {
      return Outcome.rejected(ResellerErrors.BUSINESS_MODEL_EXISTS,
          "business model " + existing.code + " is already defined otherwise; definitions never change");
    }
    return Outcome.ok(ruleBook.model(existing.code).orElseGet(() -> RuleBook.viewOf(existing)));
  }
}
