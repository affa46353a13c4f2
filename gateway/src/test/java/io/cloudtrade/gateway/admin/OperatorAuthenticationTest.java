package io.cloudtrade.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.cloudtrade.catalog.api.CatalogAdminService;
import io.cloudtrade.catalog.api.CatalogErrors;
import io.cloudtrade.catalog.api.CatalogVersionView;
import io.cloudtrade.kernel.Outcome;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** Operator authentication and problem answers of the admin API, without Dubbo (a fake contract). */
class OperatorAuthenticationTest {
  private static final String HASH = OperatorPasswords.hash("Operator#2026");
  private final AtomicReference<Instant> publishedAt = new AtomicReference<>();
  private final MockMvc mvc;

  OperatorAuthenticationTest() {
    AdminOperators operators = new AdminOperators();
    AdminOperators.Operator op = new AdminOperators.Operator();
    op.setName("operator");
    op.setPasswordHash(HASH);
    operators.setOperators(List.of(op));
    mvc = MockMvcBuilders.standaloneSetup(new CatalogAdminController(fakeAdmin()))
        .setControllerAdvice(new AdminProblems())
        .addMappedInterceptors(new String[] {"/admin/api/**"}, new OperatorAuthentication(operators))
        .build();
  }

  private CatalogAdminService fakeAdmin() {
    return (CatalogAdminService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {CatalogAdminService.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "listVersions" -> new ArrayList<>(List.of(new CatalogVersionView().setVersionId(1).setStatus("PUBLISHED")));
          case "describeVersion" -> Outcome.rejected(CatalogErrors.VERSION_NOT_FOUND, "no catalog version " + args[0]);
          case "publish" -> {
            publishedAt.set((Instant) args[1]);
            yield Outcome.rejected(CatalogErrors.VERSION_INVALID, "1 problem(s)", List.of("MissingPrice: Size m has no price"));
          }
          case "createDraft" -> Outcome.ok(7L);
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  private static String basic(String name, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void passwordHashesVerify() {
    assertThat(OperatorPasswords.matches("Operator#2026", HASH)).isTrue();
    assertThat(OperatorPasswords.matches("operator#2026", HASH)).isFalse();
    assertThat(OperatorPasswords.matches("x", "not-a-hash")).isFalse();
    assertThat(OperatorPasswords.hash("same")).isNotEqualTo(OperatorPasswords.hash("same"));
  }

  @Test
  void anOperatorWithTheRightPasswordPasses() throws Exception {
    mvc.perform(get("/admin/api/products/ecs/versions").header("Authorization", basic("operator", "Operator#2026")))
        .andExpect(status().isOk()).andExpect(jsonPath("$[0].status").value("PUBLISHED"));
    mvc.perform(post("/admin/api/products/oss/versions").header("Authorization", basic("operator", "Operator#2026"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"productName\": \"OSS\", \"attributes\": []}"))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.versionId").value(7));
  }

  @Test
  void noCredentialsAWrongPasswordACustomerSessionOrAnAccessKeyAreRefused() throws Exception {
    mvc.perform(get("/admin/api/products/ecs/versions"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")))
        .andExpect(jsonPath("$.code").value(OperatorAuthentication.REQUIRED));
    mvc.perform(get("/admin/api/products/ecs/versions").header("Authorization", basic("operator", "wrong")))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/admin/api/products/ecs/versions").header("Authorization", basic("demo-customer", "DemoCustomer#2026")))
        .andExpect(status().isUnauthorized());
    MockHttpSession customer = new MockHttpSession();
    customer.setAttribute("cloudtrade.account", "a signed-in customer");
    mvc.perform(get("/admin/api/products/ecs/versions").session(customer)).andExpect(status().isUnauthorized());
    mvc.perform(get("/admin/api/products/ecs/versions")
            .header("Authorization", "ACS3-HMAC-SHA256 Credential=LTAI5tDemoCustomer01,SignedHeaders=host,Signature=00"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void rejectionsAreProblemsWithTheCatalogCode() throws Exception {
    mvc.perform(get("/admin/api/versions/42").header("Authorization", basic("operator", "Operator#2026")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value(CatalogErrors.VERSION_NOT_FOUND));
    mvc.perform(post("/admin/api/versions/42/publish").header("Authorization", basic("operator", "Operator#2026"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"effectiveFrom\": \"2027-01-01T00:00:00Z\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value(CatalogErrors.VERSION_INVALID))
        .andExpect(jsonPath("$.details[0]").value("MissingPrice: Size m has no price"));
    assertThat(publishedAt.get()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
  }
}
