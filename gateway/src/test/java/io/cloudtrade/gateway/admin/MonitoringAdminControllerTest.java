package io.cloudtrade.gateway.admin;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** Documents that do not validate are refused before anything is written (no ZooKeeper is reached here). */
class MonitoringAdminControllerTest {
  private final MonitoringAdminController controller = new MonitoringAdminController(null, "127.0.0.1:1");
  private final MockMvc mvc = MockMvcBuilders.standaloneSetup(controller).setControllerAdvice(new AdminProblems()).build();

  @AfterEach
  void close() {
    controller.destroy();
  }

  @Test
  void refusesInvalidFaultInjectionAndAlertRules() throws Exception {
    mvc.perform(put("/admin/api/monitoring/fault-injection").contentType(MediaType.APPLICATION_JSON)
            .content("{\"CatalogService.quote\": {\"errorPercent\": 150}}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("InvalidParameter"));
    mvc.perform(put("/admin/api/monitoring/fault-injection").contentType(MediaType.APPLICATION_JSON).content("{\"nolink\": {}}"))
        .andExpect(status().isBadRequest());
    mvc.perform(put("/admin/api/monitoring/alert-rules").contentType(MediaType.APPLICATION_JSON)
            .content("{\"availabilityObjective\": 1.5}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("InvalidParameter"));
    mvc.perform(put("/admin/api/monitoring/thresholds").contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("MonitoringDocumentNotFound"));
  }
}
