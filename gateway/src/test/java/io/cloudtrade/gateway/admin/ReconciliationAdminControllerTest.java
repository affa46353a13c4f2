package io.cloudtrade.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.payment.api.ReconciliationDifference;
import io.cloudtrade.payment.api.ReconciliationErrors;
import io.cloudtrade.payment.api.ReconciliationReport;
import io.cloudtrade.payment.api.ReconciliationService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The operators' reconciliation endpoints over HTTP (standalone MockMvc), with an in-memory service. */
class ReconciliationAdminControllerTest {
  final List<String> runs = new ArrayList<>();
  final ReconciliationService service = new ReconciliationService() {
    @Override
    public Outcome<ReconciliationReport> reconcile(String channel, LocalDate day) {
      runs.add(channel + " " + day);
      return Outcome.ok(report(channel, day));
    }

    @Override
    public Outcome<ReconciliationReport> getReconciliation(String channel, LocalDate day) {
      return day.getDayOfMonth() == 1 ? Outcome.rejected(ReconciliationErrors.RECONCILIATION_NOT_FOUND, "never reconciled")
          : Outcome.ok(report(channel, day));
    }
  };
  final MockMvc http = MockMvcBuilders.standaloneSetup(new ReconciliationAdminController(service))
      .setControllerAdvice(new AdminProblems()).build();

  static ReconciliationReport report(String channel, LocalDate day) {
    ReconciliationReport r = new ReconciliationReport().setChannel(channel).setDay(day);
    r.getDifferences().add(new ReconciliationDifference().setKind("AmountDiffers").setOutTradeNo("42"));
    return r;
  }

  @Test
  void anOperatorRunsADayAndReadsItsDifferences() throws Exception {
    http.perform(post("/admin/api/reconciliations/Alipay/2026-11-24"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.channel").value("Alipay"))
        .andExpect(jsonPath("$.differences[0].kind").value("AmountDiffers"));
    assertThat(runs).containsExactly("Alipay 2026-11-24");
    http.perform(get("/admin/api/reconciliations/WechatPay/2026-11-24")).andExpect(status().isOk())
        .andExpect(jsonPath("$.differences[0].outTradeNo").value("42"));
  }

  @Test
  void aBadDayOrAnUnknownReportIsAProblemWithItsCode() throws Exception {
    http.perform(post("/admin/api/reconciliations/Alipay/yesterday")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value(CommonErrors.INVALID_PARAMETER));
    http.perform(get("/admin/api/reconciliations/Alipay/2026-11-01")).andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value(ReconciliationErrors.RECONCILIATION_NOT_FOUND));
    assertThat(runs).isEmpty();
  }
}
