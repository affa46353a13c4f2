package io.cloudtrade.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.reseller.api.BusinessModelDefinition;
import io.cloudtrade.reseller.api.BusinessModelView;
import io.cloudtrade.reseller.api.Caller;
import io.cloudtrade.reseller.api.Identities;
import io.cloudtrade.reseller.api.OnboardResellerRequest;
import io.cloudtrade.reseller.api.RegisterAccountRequest;
import io.cloudtrade.reseller.api.ResellerErrors;
import io.cloudtrade.reseller.api.ResellerService;
import io.cloudtrade.reseller.api.ResellerView;
import io.cloudtrade.reseller.api.RuleSetDefinition;
import io.cloudtrade.reseller.api.RuleSetView;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The operators' reseller endpoints over HTTP (standalone MockMvc, operator authentication), with an in-memory service. */
class ResellerAdminControllerTest {
  static final long RESELLER = 1_380_000_000_000_002L; // beyond a JavaScript number's 53 bits
  static final long CUSTOMER = 1_380_000_000_000_101L;
  static final Instant AT = Instant.parse("2026-11-25T08:00:00Z");
  private static final String HASH = OperatorPasswords.hash("Operator#2026");

  final Map<String, BusinessModelView> models = new LinkedHashMap<>();
  final Map<Long, ResellerView> resellers = new LinkedHashMap<>();
  final List<Object> received = new ArrayList<>();
  /** balance accounts opened: account id -> currency */
  final Map<Long, String> balancesOpened = new LinkedHashMap<>();
  final MockMvc http;

  ResellerAdminControllerTest() {
    AdminOperators operators = new AdminOperators();
    AdminOperators.Operator op = new AdminOperators.Operator();
    op.setName("operator");
    op.setPasswordHash(HASH);
    operators.setOperators(List.of(op));
    http = MockMvcBuilders.standaloneSetup(new ResellerAdminController(fakeService(), fakeBalances()))
        .setControllerAdvice(new AdminProblems())
        .addMappedInterceptors(new String[] {"/admin/api/**"}, new OperatorAuthentication(operators))
        .build();
  }

  private io.cloudtrade.payment.api.BalanceService fakeBalances() {
    return (io.cloudtrade.payment.api.BalanceService) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {io.cloudtrade.payment.api.BalanceService.class}, (proxy, method, args) -> {
          if (!"openAccount".equals(method.getName())) {
            throw new UnsupportedOperationException(method.getName());
          }
          balancesOpened.put((Long) args[0], (String) args[1]);
          return Outcome.ok(new io.cloudtrade.payment.api.AccountBalance().setAccountId((Long) args[0]).setCurrency((String) args[1]));
        });
  }

  private ResellerService fakeService() {
    return (ResellerService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ResellerService.class},
        (proxy, method, args) -> {
          if (args != null) {
            received.addAll(java.util.Arrays.asList(args));
          }
          return switch (method.getName()) {
            case "defineBusinessModel" -> {
              BusinessModelDefinition d = (BusinessModelDefinition) args[0];
              if (d.getCode() == null || d.getPayer() == null) {
                yield Outcome.rejected(ResellerErrors.INVALID_BUSINESS_MODEL, "2 problem(s)",
                    List.of("code: required", "payer: must be CUSTOMER or RESELLER"));
              }
              BusinessModelView v = new BusinessModelView().setDefinition(d).setDefinedAt(AT);
              models.put(d.getCode(), v);
              yield Outcome.ok(v);
            }
            case "listBusinessModels" -> Outcome.ok(new ArrayList<>(models.values()));
            case "onboardReseller" -> {
              OnboardResellerRequest r = (OnboardResellerRequest) args[0];
              ResellerView v = new ResellerView().setResellerId(RESELLER).setName(r.getAccount().getName()).setStatus("ACTIVE")
                  .setRules(rules(1, r.getRules()));
              resellers.put(RESELLER, v);
              yield Outcome.ok(v);
            }
            case "getReseller" -> resellers.containsKey((Long) args[0]) ? Outcome.ok(resellers.get((Long) args[0]))
                : Outcome.rejected(ResellerErrors.RESELLER_NOT_FOUND, "no reseller " + args[0]);
            case "publishRules" -> {
              RuleSetDefinition d = (RuleSetDefinition) args[1];
              if (!resellers.containsKey((Long) args[0])) {
                yield Outcome.rejected(ResellerErrors.RESELLER_NOT_FOUND, "no reseller " + args[0]);
              }
              if (d.getBusinessModel() == null) {
                yield Outcome.rejected(ResellerErrors.INVALID_RULES, "1 problem(s)", List.of("businessModel: required"));
              }
              yield Outcome.ok(rules(2, d));
            }
            case "registerCustomer" -> {
              RegisterAccountRequest r = (RegisterAccountRequest) args[1];
              yield Outcome.ok(new Caller().setAccountId(CUSTOMER).setName(r.getName()).setIdentity(Identities.RESELLER_CUSTOMER)
                  .setResellerId((Long) args[0]).setStatus("ACTIVE"));
            }
            default -> throw new UnsupportedOperationException(method.getName());
          };
        });
  }

  /** The published version as the service answers it: the definition without its webhook secret. */
  static RuleSetView rules(int version, RuleSetDefinition d) {
    return new RuleSetView().setResellerId(RESELLER).setVersion(version).setRuleVersion(RESELLER + "/v" + version).setChecksum("ab12")
        .setDefinition(d).setPublishedAt(AT);
  }

  static MockHttpServletRequestBuilder asOperator(MockHttpServletRequestBuilder request) {
    return request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("operator:Operator#2026".getBytes(StandardCharsets.UTF_8)));
  }

  static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
    return asOperator(request).contentType(MediaType.APPLICATION_JSON).content(body);
  }

  static final String MARGIN = """
      {"code": "margin", "name": "Resale at the reseller's price", "payer": "RESELLER", "customerPrice": "RESELLER",
       "earning": "MARGIN", "brand": "RESELLER", "steps": ["PRICE_ADJUSTMENT", "CREDIT_CHECK", "APPROVAL"]}""";

  static final String RULES = """
      {"businessModel": "margin", "products": [{"product": "ecs", "value": "ALLOW"}],
       "resellerCost": [{"product": "*", "value": "-20"}], "customerPrice": [{"product": "*", "value": "10"}],
       "approval": [{"product": "ecs", "orderTypes": "New", "minAmount": "1000.00", "value": "REQUIRED"}],
       "defaultQuota": "5000.00", "currency": "CNY", "webhookUrl": "https://acme.example/hooks", "webhookSecret": "s3cret"}""";

  @Test
  void anOperatorDefinesAndListsBusinessModels() throws Exception {
    http.perform(json(post("/admin/api/business-models"), MARGIN))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.definition.code").value("margin"))
        .andExpect(jsonPath("$.definition.steps[2]").value("APPROVAL"))
        .andExpect(jsonPath("$.definedAt").value("2026-11-25T08:00:00Z"));
    http.perform(asOperator(get("/admin/api/business-models")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].definition.payer").value("RESELLER"))
        .andExpect(jsonPath("$[0].definition.earning").value("MARGIN"));
    assertThat(received).singleElement().isInstanceOfSatisfying(BusinessModelDefinition.class,
        d -> assertThat(d.getSteps()).containsExactly("PRICE_ADJUSTMENT", "CREDIT_CHECK", "APPROVAL"));
  }

  @Test
  void anOperatorOnboardsAResellerPublishesRulesAndRegistersACustomer() throws Exception {
    http.perform(json(post("/admin/api/resellers"), """
            {"account": {"name": "Acme Cloud", "loginName": "acme", "password": "Acme#2026", "accessKeyId": "LTAI5tAcme0001",
                         "accessKeySecret": "key-secret"},
             "rules": %s}""".formatted(RULES)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.resellerId").value(Long.toString(RESELLER)))
        .andExpect(jsonPath("$.name").value("Acme Cloud"))
        .andExpect(jsonPath("$.rules.resellerId").value(Long.toString(RESELLER)))
        .andExpect(jsonPath("$.rules.ruleVersion").value(RESELLER + "/v1"))
        .andExpect(jsonPath("$.rules.definition.approval[0].minAmount").value("1000.00"))
        .andExpect(jsonPath("$.rules.definition.webhookSecret").doesNotExist())
        .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("s3cret"))))
        .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("key-secret"))));
    OnboardResellerRequest onboard = (OnboardResellerRequest) received.get(0);
    assertThat(onboard.getAccount().getLoginName()).isEqualTo("acme");
    assertThat(onboard.getAccount().getAccessKeySecret()).isEqualTo("key-secret");
    assertThat(onboard.getRules().getWebhookSecret()).isEqualTo("s3cret");
    assertThat(onboard.getRules().getCustomerPrice()).singleElement().satisfies(r -> assertThat(r.getValue()).isEqualTo("10"));

    http.perform(asOperator(get("/admin/api/resellers/" + RESELLER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.resellerId").value(Long.toString(RESELLER)))
        .andExpect(jsonPath("$.status").value("ACTIVE"))
        .andExpect(jsonPath("$.customerCount").value(0));

    http.perform(json(post("/admin/api/resellers/" + RESELLER + "/rules"), RULES))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.version").value(2))
        .andExpect(jsonPath("$.ruleVersion").value(RESELLER + "/v2"))
        .andExpect(jsonPath("$.publishedAt").value("2026-11-25T08:00:00Z"))
        .andExpect(jsonPath("$.definition.webhookUrl").value("https://acme.example/hooks"))
        .andExpect(jsonPath("$.definition.webhookSecret").doesNotExist());

    http.perform(json(post("/admin/api/resellers/" + RESELLER + "/customers"), """
            {"name": "Bob", "loginName": "bob", "password": "Bob#2026"}"""))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.accountId").value(Long.toString(CUSTOMER)))
        .andExpect(jsonPath("$.resellerId").value(Long.toString(RESELLER)))
        .andExpect(jsonPath("$.identity").value(Identities.RESELLER_CUSTOMER))
        .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Bob#2026"))));
    assertThat(received).contains(RESELLER);
    // both get a balance in the rules' currency: the reseller's earnings and the customer's payments need one
    assertThat(balancesOpened).containsEntry(RESELLER, "CNY").containsEntry(CUSTOMER, "CNY");
  }

  @Test
  void rejectionsAreProblemsWithTheCodeAndEveryDetail() throws Exception {
    http.perform(json(post("/admin/api/business-models"), "{\"name\": \"nameless\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value(ResellerErrors.INVALID_BUSINESS_MODEL))
        .andExpect(jsonPath("$.details[0]").value("code: required"))
        .andExpect(jsonPath("$.details[1]").value("payer: must be CUSTOMER or RESELLER"));
    http.perform(asOperator(get("/admin/api/resellers/42")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value(ResellerErrors.RESELLER_NOT_FOUND));
    http.perform(json(post("/admin/api/resellers/42/rules"), RULES))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value(ResellerErrors.RESELLER_NOT_FOUND));
    resellers.put(RESELLER, new ResellerView().setResellerId(RESELLER));
    http.perform(json(post("/admin/api/resellers/" + RESELLER + "/rules"), "{\"currency\": \"CNY\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value(ResellerErrors.INVALID_RULES))
        .andExpect(jsonPath("$.details[0]").value("businessModel: required"));
    http.perform(asOperator(get("/admin/api/resellers/not-a-number")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value(CommonErrors.INVALID_PARAMETER));
    http.perform(json(post("/admin/api/business-models"), "{not json"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value(CommonErrors.INVALID_PARAMETER));
  }

  @Test
  void withoutAnOperatorsCredentialsNothingIsDone() throws Exception {
    http.perform(post("/admin/api/business-models").contentType(MediaType.APPLICATION_JSON).content(MARGIN))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.code").value(OperatorAuthentication.REQUIRED));
    http.perform(post("/admin/api/resellers/" + RESELLER + "/customers").contentType(MediaType.APPLICATION_JSON)
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("operator:wrong".getBytes(StandardCharsets.UTF_8)))
            .content("{\"name\": \"Bob\"}"))
        .andExpect(status().isUnauthorized());
    http.perform(get("/admin/api/resellers/" + RESELLER)).andExpect(status().isUnauthorized());
    http.perform(get("/admin/api/business-models")).andExpect(status().isUnauthorized());
    assertThat(received).isEmpty();
  }
}
