package io.cloudtrade.gateway.admin;

import io.cloudtrade.gateway.web.ApiRejection;
import io.cloudtrade.payment.api.BalanceService;
import io.cloudtrade.reseller.api.BusinessModelDefinition;
import io.cloudtrade.reseller.api.BusinessModelView;
import io.cloudtrade.reseller.api.Caller;
import io.cloudtrade.reseller.api.OnboardResellerRequest;
import io.cloudtrade.reseller.api.RegisterAccountRequest;
import io.cloudtrade.reseller.api.ResellerService;
import io.cloudtrade.reseller.api.ResellerView;
import io.cloudtrade.reseller.api.RuleSetDefinition;
import io.cloudtrade.reseller.api.RuleSetView;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Resellers for operators (HTTP Basic, {@link OperatorAuthentication}), over {@link
 * ResellerService}:
 *
 * <ul>
 *   <li>{@code POST /admin/api/business-models} (a BusinessModelDefinition): 201 and the model;
 *       {@code GET /admin/api/business-models}: every model, by code;
 *   <li>{@code POST /admin/api/resellers} (an OnboardResellerRequest: the account and its first
 *       rules): 201 and the reseller; {@code GET /admin/api/resellers/{resellerId}}: the reseller and
 *       its rules in force;
 *   <li>{@code POST /admin/api/resellers/{resellerId}/rules} (a RuleSetDefinition): 201 and the
 *       version published;
 *   <li>{@code POST /admin/api/resellers/{resellerId}/customers} (a RegisterAccountRequest): 201 and
 *       the customer's account.
 * </ul>
 *
 * A reseller and its customers get a balance account, in the rules' currency, when they are
 * registered here: the reseller's earnings are credited to it, and payments are taken from it.
 *
 * Answers carry the contract's fields, with account ids as strings (they exceed a JavaScript
 * number's 53 bits) and times as ISO-8601 UTC strings; a rule set's webhook secret is never
 * answered. Rejections are problem+json with the reseller service's error code and its details
 * (every problem of an invalid business model or rule set): 404 for the not-found codes ({@code
 * Reseller.NotFound}, {@code Reseller.BusinessModelNotFound}), 400 for the others, as {@link
 * ApiRejection#statusOf} says.
 */
@RestController
@RequestMapping("/admin/api")
public class ResellerAdminController {
  private static final Logger log = LoggerFactory.getLogger(ResellerAdminController.class);
  private final ResellerService resellers;
  private final BalanceService balances;

  /** The controller over the reseller service; balances are opened through the payment service. */
  public ResellerAdminController(ResellerService resellers, BalanceService balances) {
    this.resellers = resellers;
    this.balances = balances;
  }

  /** Defines a business model; defining the same code with the same definition again answers it. */
  @PostMapping("/business-models")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Object> defineBusinessModel(@RequestBody BusinessModelDefinition definition, HttpServletRequest request) {
    BusinessModelView v = ApiRejection.valueOf(resellers.defineBusinessModel(definition));
    log.info("operator {} defined business model {}", operator(request), v.getDefinition() == null ? null : v.getDefinition().getCode());
    return view(v);
  }

  /** Every business model, by code. */
  @GetMapping("/business-models")
  public List<Map<String, Object>> businessModels() {
    return ApiRejection.valueOf(resellers.listBusinessModels()).stream().map(ResellerAdminController::view).toList();
  }

  /** Onboards a reseller: its account (identity RESELLER, optionally an AccessKey) and its first rules. */
  @PostMapping("/resellers")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Object> onboardReseller(@RequestBody OnboardResellerRequest body, HttpServletRequest request) {
    ResellerView r = ApiRejection.valueOf(resellers.onboardReseller(body));
    openBalance(r.getResellerId(), r);
    log.info("operator {} onboarded reseller {} ({})", operator(request), r.getResellerId(), r.getName());
    return view(r);
  }

  /** The reseller and its rules in force. */
  @GetMapping("/resellers/{resellerId}")
  public Map<String, Object> reseller(@PathVariable long resellerId) {
    return view(ApiRejection.valueOf(resellers.getReseller(resellerId)));
  }

  /** Publishes a new version of the reseller's rules; rules equal to the ones in force answer those. */
  @PostMapping("/resellers/{resellerId}/rules")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Object> publishRules(@PathVariable long resellerId, @RequestBody RuleSetDefinition rules,
      HttpServletRequest request) {
    RuleSetView v = ApiRejection.valueOf(resellers.publishRules(resellerId, rules));
    log.info("operator {} published rules {} of reseller {}", operator(request), v.getRuleVersion(), resellerId);
    return view(v);
  }

  /** Registers a customer of the reseller (identity RESELLER_CUSTOMER, whatever the body says). */
  @PostMapping("/resellers/{resellerId}/customers")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Object> registerCustomer(@PathVariable long resellerId, @RequestBody RegisterAccountRequest body,
      HttpServletRequest request) {
    Caller c = ApiRejection.valueOf(resellers.registerCustomer(resellerId, body));
    openBalance(c.getAccountId(), ApiRejection.valueOf(resellers.getReseller(resellerId)));
    log.info("operator {} registered customer {} of reseller {}", operator(request), c.getAccountId(), resellerId);
    return view(c);
  }

  /** Opens the account's balance in the reseller's currency (opening it again changes nothing). */
  private void openBalance(long accountId, ResellerView reseller) {
    String currency = reseller.getRules() == null || reseller.getRules().getDefinition() == null
        ? "CNY" : reseller.getRules().getDefinition().getCurrency();
    ApiRejection.valueOf(balances.openAccount(accountId, currency));
  }

  static Map<String, Object> view(BusinessModelView v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("definition", v.getDefinition());
    m.put("definedAt", text(v.getDefinedAt()));
    return m;
  }

  static Map<String, Object> view(ResellerView r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("resellerId", Long.toString(r.getResellerId()));
    m.put("name", r.getName());
    m.put("status", r.getStatus());
    m.put("rules", r.getRules() == null ? null : view(r.getRules()));
    m.put("customerCount", r.getCustomerCount());
    return m;
  }

  static Map<String, Object> view(RuleSetView v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("resellerId", Long.toString(v.getResellerId()));
    m.put("version", v.getVersion());
    m.put("ruleVersion", v.getRuleVersion());
    m.put("checksum", v.getChecksum());
    m.put("definition", v.getDefinition() == null ? null : view(v.getDefinition()));
    m.put("publishedAt", text(v.getPublishedAt()));
    return m;
  }

  /** A rule set as published, without its webhook secret (write-only). */
  static Map<String, Object> view(RuleSetDefinition d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("businessModel", d.getBusinessModel());
    m.put("products", d.getProducts());
    m.put("resellerCost", d.getResellerCost());
    m.put("customerPrice", d.getCustomerPrice());
    m.put("commission", d.getCommission());
    m.put("approval", d.getApproval());
    m.put("paymentMode", d.getPaymentMode());
    m.put("defaultQuota", d.getDefaultQuota());
    m.put("currency", d.getCurrency());
    m.put("webhookUrl", d.getWebhookUrl());
    return m;
  }

  /** An account: ids as strings; no secret. */
  static Map<String, Object> view(Caller c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("accountId", Long.toString(c.getAccountId()));
    m.put("name", c.getName());
    m.put("identity", c.getIdentity());
    m.put("resellerId", c.getResellerId() == null ? null : Long.toString(c.getResellerId()));
    m.put("status", c.getStatus());
    return m;
  }

  private static Object operator(HttpServletRequest request) {
    return request.getAttribute(OperatorAuthentication.OPERATOR);
  }

  private static String text(Instant t) {
    return t == null ? null : t.toString();
  }
}
