package io.cloudtrade.reseller.application;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.reseller.api.BusinessModelDefinition;
import io.cloudtrade.reseller.api.Identities;
import io.cloudtrade.reseller.api.ResellerErrors;
import io.cloudtrade.reseller.api.RuleSetDefinition;
import io.cloudtrade.reseller.api.RuleSetView;
import io.cloudtrade.reseller.domain.SecretCipher;
import io.cloudtrade.reseller.domain.rules.ExpressionSandbox;
import io.cloudtrade.reseller.domain.rules.RuleSetRules;
import io.cloudtrade.reseller.persistence.AccountMapper;
import io.cloudtrade.reseller.persistence.AccountRow;
import io.cloudtrade.reseller.persistence.DefinitionJson;
import io.cloudtrade.reseller.persistence.ResellerMapper;
import io.cloudtrade.reseller.persistence.RuleSetRow;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes a new version of a reseller's rules.
 *
 * <p>The rule set is validated first ({@link RuleSetRules}: every problem is reported at once). Rules
 * equal to those in force (same checksum of the canonical JSON, same webhook secret) are answered
 * with the version in force and publish nothing. Otherwise version n+1 is inserted and the pointer
 * moved from n by a conditional UPDATE, in one transaction: of two concurrent publishers one wins,
 * the other starts again once from the new state (where it may find its rules already in force),
 * then gives up with {@link CommonErrors#CONCURRENT_REQUEST}. Published versions never change.
 */
@Service
public class PublishRules {
  private static final Logger log = LoggerFactory.getLogger(PublishRules.class);
  /** definition_json is a TEXT column. */
  private static final int MAX_JSON_BYTES = 65_535;
  /** The sealed secret (12 + length + 16 bytes) must fit VARBINARY(512). */
  private static final int MAX_SECRET_BYTES = 256;

  private final AccountMapper accounts;
  private final ResellerMapper resellers;
  private final RuleBook ruleBook;
  private final ExpressionSandbox sandbox;
  private final SecretCipher secrets;
  private final TransactionTemplate tx;
  private final Clock clock = Clock.systemUTC();

  public PublishRules(AccountMapper accounts, ResellerMapper resellers, RuleBook ruleBook, ExpressionSandbox sandbox,
      SecretCipher secrets, TransactionTemplate tx) {
    this.accounts = accounts;
    this.resellers = resellers;
    this.ruleBook = ruleBook;
    this.sandbox = sandbox;
    this.secrets = secrets;
    this.tx = tx;
  }

  /** A rule set that passed validation, with its canonical JSON and checksum. */
  record ValidRules(RuleSetDefinition definition, BusinessModelDefinition model, String json, String checksum)
      implements java.io.Serializable {}

  /** What one attempt to publish gave: the version in force afterwards, or nothing if another publisher won. */
  private record Attempt(PublishedRules published) {
    static final Attempt LOST = new Attempt(null);
  }

  /**
   * Publishes {@code rules} as the reseller's rules in force.
   *
   * @return the version in force; or {@link ResellerErrors#INVALID_RULES} (details: every problem),
   *     {@link ResellerErrors#BUSINESS_MODEL_NOT_FOUND}, {@link ResellerErrors#RESELLER_NOT_FOUND},
   *     {@link CommonErrors#CONCURRENT_REQUEST}
   */
  public Outcome<RuleSetView> publish(long resellerId, RuleSetDefinition rules) {
    AccountRow reseller = accounts.find(resellerId);
    if (reseller == null || !Identities.RESELLER.equals(reseller.identity)) {
      return Outcome.rejected(ResellerErrors.RESELLER_NOT_FOUND, "reseller " + resellerId + " does not exist");
    }
    Outcome<ValidRules> valid = validate(rules);
    if (!valid.isOk()) {
      return Outcome.rejectedAs(valid);
    }
    for (int attempt = 0; attempt < 2; attempt++) {
      Attempt result;
      try {
        result = tx.execute(status -> attempt(resellerId, valid.value(), status));
      } catch (DuplicateKeyException | ConcurrencyFailureException anotherPublisherWon) {
        result = Attempt.LOST;
      }
      if (result.published() != null) {
        return Outcome.ok(result.published().view());
      }
      log.info("rules publication lost a race resellerId={} attempt={}", resellerId, attempt + 1);
    }
    return Outcome.rejected(CommonErrors.CONCURRENT_REQUEST,
        "the rules of reseller " + resellerId + " are being published concurrently; retry");
  }

  /**
   * One attempt inside the caller's transaction (onboarding): no retry, since a retry in the same
   * transaction would not see the new state.
   */
  Outcome<RuleSetView> publishWithin(long resellerId, ValidRules valid, TransactionStatus status) {
    Attempt result = attempt(resellerId, valid, status);
    if (result.published() == null) {
      status.setRollbackOnly();
      return Outcome.rejected(CommonErrors.CONCURRENT_REQUEST,
          "the rules of reseller " + resellerId + " are being published concurrently; retry");
    }
    return Outcome.ok(result.published().view());
  }

  /**
   * Validates a rule set under its business model.
   *
   * @return the rules with their canonical JSON; or {@link ResellerErrors#INVALID_RULES}, {@link
   *     ResellerErrors#BUSINESS_MODEL_NOT_FOUND}
   */
  Outcome<ValidRules> validate(RuleSetDefinition rules) {
    if (rules == null) {
      return Outcome.rejected(ResellerErrors.INVALID_RULES, "the rule set is missing", List.of("the rule set is missing"));
    }
    if (rules.getBusinessModel() == null || rules.getBusinessModel().isBlank()) {
      return Outcome.rejected(ResellerErrors.INVALID_RULES, "the rule set names no business model",
          List.of("businessModel is required"));
    }
    Optional<BusinessModelDefinition> model = ruleBook.model(rules.getBusinessModel()).map(m -> m.getDefinition());
    if (model.isEmpty()) {
      return Outcome.rejected(ResellerErrors.BUSINESS_MODEL_NOT_FOUND,
          "business model " + rules.getBusinessModel() + " is not defined");
    }
    List<String> problems = new ArrayList<>(RuleSetRules.problems(rules, model.get(), sandbox));
    String json = null;
    if (problems.isEmpty()) {
      problems.addAll(storageProblems(rules));
      json = DefinitionJson.canonical(rules);
      if (json.getBytes(StandardCharsets.UTF_8).length > MAX_JSON_BYTES) {
        problems.add("the rule set is too large: at most " + MAX_JSON_BYTES + " bytes of JSON");
      }
    }
    if (!problems.isEmpty()) {
      return Outcome.rejected(ResellerErrors.INVALID_RULES,
          "the rule set is invalid: " + problems.size() + " problem(s)", problems);
    }
    return Outcome.ok(new ValidRules(rules, model.get(), json, DefinitionJson.checksum(json)));
  }

  /** What storing and using the rules needs beyond the rules engine's checks: amounts as money. */
  private static List<String> storageProblems(RuleSetDefinition rules) {
    List<String> problems = new ArrayList<>();
    String currency = rules.getCurrency();
    if (currency == null || !currency.matches("[A-Z]{3}")) {
      problems.add("currency must be an ISO 4217 code such as CNY");
    } else if (rules.getDefaultQuota() != null) {
      try {
        if (Money.of(new BigDecimal(rules.getDefaultQuota()), currency).isNegative()) {
          problems.add("defaultQuota must not be negative");
        }
      } catch (IllegalArgumentException notAnAmount) { // NumberFormatException included
        problems.add("defaultQuota must be a decimal amount with at most " + Money.SCALE + " decimals");
      }
    }
    if (rules.getWebhookSecret() != null
        && rules.getWebhookSecret().getBytes(StandardCharsets.UTF_8).length > MAX_SECRET_BYTES) {
      problems.add("webhookSecret must be at most " + MAX_SECRET_BYTES + " bytes");
    }
    return problems;
  }

  private Attempt attempt(long resellerId, ValidRules valid, TransactionStatus status) {
    Instant now = Inputs.now(clock);
    Integer pointer = resellers.findCurrentVersion(resellerId);
    if (pointer == null) {
      // the first publication creates the pointer; only when it is missing, since an INSERT IGNORE
      // meeting the row would share-lock it and deadlock with the other publisher's UPDATE
      if (resellers.insertPointerIfAbsent(resellerId, now) == 0) {
        status.setRollbackOnly(); // another publisher created it: start again where it is visible
        return Attempt.LOST;
      }
      pointer = 0;
    }
    int current = pointer;
    if (current > 0) {
      PublishedRules inForce = ruleBook.version(resellerId, current);
      if (inForce.checksum().equals(valid.checksum())
          && sameSecret(inForce, valid.definition().getWebhookSecret())) {
        return new Attempt(inForce);
      }
    }
    int next = current + 1;
    if (resellers.movePointer(resellerId, current, next, now) == 0) {
      status.setRollbackOnly();
      return Attempt.LOST;
    }
    RuleSetRow row = new RuleSetRow();
    row.resellerId = resellerId;
    row.version = next;
    row.businessModel = valid.definition().getBusinessModel();
    row.definitionJson = valid.json();
    row.checksum = valid.checksum();
    row.publishedAt = now;
    String secret = valid.definition().getWebhookSecret();
    row.webhookSecretCiphertext = secret == null
        ? null
        : secrets.seal(PublishedRules.webhookSecretBinding(resellerId, next), secret);
    resellers.insertRuleSet(row);
    log.info("rules published resellerId={} version={} businessModel={} checksum={}",
        resellerId, next, row.businessModel, row.checksum);
    return new Attempt(new PublishedRules(resellerId, next, PublishedRules.ruleVersion(resellerId, next),
        valid.model(), DefinitionJson.readRuleSet(valid.json()), row.checksum, now, row.webhookSecretCiphertext));
  }

  private boolean sameSecret(PublishedRules inForce, String secret) {
    byte[] sealed = inForce.sealedWebhookSecret();
    if (sealed == null || secret == null) {
      return sealed == null && secret == null;
    }
    byte[] stored = secrets.open(PublishedRules.webhookSecretBinding(inForce.resellerId(), inForce.version()), sealed);
    try {
      return MessageDigest.isEqual(stored, secret.getBytes(StandardCharsets.UTF_8));
    } finally {
      Arrays.fill(stored, (byte) 0);
    }
  }
}
