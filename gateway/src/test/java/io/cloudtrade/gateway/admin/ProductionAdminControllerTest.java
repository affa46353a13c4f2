package io.cloudtrade.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.kernel.PageRequest;
import io.cloudtrade.lifecycle.api.LifecycleErrors;
import io.cloudtrade.lifecycle.api.LifecycleOperations;
import io.cloudtrade.lifecycle.api.StuckWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The operators' stuck-work endpoints over HTTP (standalone MockMvc), with an in-memory service. */
class ProductionAdminControllerTest {
  static final Instant FIRST = Instant.parse("2026-11-24T08:00:00Z");

  final Map<String, StuckWork> stuck = new LinkedHashMap<>();
  final List<String> pagesAsked = new ArrayList<>();
  final LifecycleOperations service = new LifecycleOperations() {
    @Override
    public Outcome<Page<StuckWork>> listStuckWork(PageRequest page) {
      pagesAsked.add(page.pageNum() + "/" + page.pageSize());
      return Outcome.ok(new Page<>(page.pageNum(), page.pageSize(), stuck.size(), List.copyOf(stuck.values())));
    }

    @Override
    public Outcome<StuckWork> retryStuckWork(String instanceId) {
      StuckWork w = stuck.remove(instanceId);
      if (w == null) {
        return Outcome.rejected(LifecycleErrors.STUCK_WORK_NOT_FOUND, "no production work of instance " + instanceId + " is stuck");
      }
      return Outcome.ok(w.setAttempts(1).setStuckSince(null).setLastSentAt(FIRST.plusSeconds(7200)));
    }
  };
  final MockMvc http = MockMvcBuilders.standaloneSetup(new ProductionAdminController(service))
      .setControllerAdvice(new AdminProblems()).build();

  ProductionAdminControllerTest() {
    stuck.put("i-1", new StuckWork().setInstanceId("i-1").setOrderId(9007199254740993L).setOrderType("New")
        .setProductCode("ecs").setRegion("cn-hangzhou").setAction("CREATE").setKind("PERMANENT").setSpecVersion(1)
        .setAttempts(8).setFirstSentAt(FIRST).setLastSentAt(FIRST.plusSeconds(2700)).setStuckSince(FIRST.plusSeconds(3300)));
  }

  @Test
  void anOperatorListsStuckWorkAndRetriesIt() throws Exception {
    http.perform(get("/admin/api/stuck-work").param("pageNum", "1").param("pageSize", "50"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalCount").value(1))
        .andExpect(jsonPath("$.pageSize").value(50))
        .andExpect(jsonPath("$.items[0].instanceId").value("i-1"))
        .andExpect(jsonPath("$.items[0].orderId").value("9007199254740993"))
        .andExpect(jsonPath("$.items[0].action").value("CREATE"))
        .andExpect(jsonPath("$.items[0].region").value("cn-hangzhou"))
        .andExpect(jsonPath("$.items[0].specVersion").value(1))
        .andExpect(jsonPath("$.items[0].attempts").value(8))
        .andExpect(jsonPath("$.items[0].firstSentAt").value("2026-11-24T08:00:00Z"))
        .andExpect(jsonPath("$.items[0].stuckSince").value("2026-11-24T08:55:00Z"));

    http.perform(post("/admin/api/stuck-work/i-1/retry"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.attempts").value(1))
        .andExpect(jsonPath("$.stuckSince").doesNotExist())
        .andExpect(jsonPath("$.lastSentAt").value("2026-11-24T10:00:00Z"));
    http.perform(get("/admin/api/stuck-work")).andExpect(status().isOk()).andExpect(jsonPath("$.totalCount").value(0));
    assertThat(pagesAsked).containsExactly("1/50", "1/20");
  }

  @Test
  void nothingStuckOrABadPageIsAProblemWithItsCode() throws Exception {
    http.perform(post("/admin/api/stuck-work/i-2/retry")).andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value(LifecycleErrors.STUCK_WORK_NOT_FOUND));
    http.perform(get("/admin/api/stuck-work").param("pageSize", "301")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value(CommonErrors.INVALID_PARAMETER));
    http.perform(get("/admin/api/stuck-work").param("pageNum", "x")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value(CommonErrors.INVALID_PARAMETER));
    assertThat(pagesAsked).isEmpty();
    assertThat(stuck).containsKey("i-1");
  }
}
