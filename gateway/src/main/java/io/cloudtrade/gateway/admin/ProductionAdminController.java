package io.cloudtrade.gateway.admin;

import io.cloudtrade.gateway.web.ApiRejection;
import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.kernel.PageRequest;
import io.cloudtrade.lifecycle.api.LifecycleOperations;
import io.cloudtrade.lifecycle.api.StuckWork;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Production work stuck for operators (HTTP Basic, {@link OperatorAuthentication}), over {@link
 * LifecycleOperations}: the notifications a control plane never acknowledged within their attempts,
 * and a retry of one instance's. Rejections are problem+json with the lifecycle service's error
 * code.
 */
@RestController
@RequestMapping("/admin/api/stuck-work")
public class ProductionAdminController {
  private static final Logger log = LoggerFactory.getLogger(ProductionAdminController.class);
  private final LifecycleOperations operations;

  public ProductionAdminController(LifecycleOperations operations) {
    this.operations = operations;
  }

  /** Stuck work, longest stuck first: pageNum, pageSize, totalCount, items. */
  @GetMapping
  public Map<String, Object> list(@RequestParam(defaultValue = "1") int pageNum, @RequestParam(defaultValue = "20") int pageSize) {
    Page<StuckWork> page = ApiRejection.valueOf(operations.listStuckWork(pageRequest(pageNum, pageSize)));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pageNum", page.pageNum());
    m.put("pageSize", page.pageSize());
    m.put("totalCount", page.totalCount());
    m.put("items", page.items().stream().map(ProductionAdminController::view).toList());
    return m;
  }

  /** Re-arms the instance's stuck work: attempts from one, notified again now. */
  @PostMapping("/{instanceId}/retry")
  public Map<String, Object> retry(@PathVariable String instanceId, HttpServletRequest request) {
    StuckWork w = ApiRejection.valueOf(operations.retryStuckWork(instanceId));
    log.info("operator {} retried stuck {} of instance {} (specification version {}, order {})",
        request.getAttribute(OperatorAuthentication.OPERATOR), w.getAction(), instanceId, w.getSpecVersion(), w.getOrderId());
    return view(w);
  }

  static Map<String, Object> view(StuckWork w) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("instanceId", w.getInstanceId());
    m.put("orderId", Long.toString(w.getOrderId()));
    m.put("orderType", w.getOrderType());
    m.put("productCode", w.getProductCode());
    m.put("region", w.getRegion());
    m.put("action", w.getAction());
    m.put("kind", w.getKind());
    m.put("specVersion", w.getSpecVersion());
    m.put("attempts", w.getAttempts());
    m.put("firstSentAt", text(w.getFirstSentAt()));
    m.put("lastSentAt", text(w.getLastSentAt()));
    m.put("stuckSince", text(w.getStuckSince()));
    return m;
  }

  private static PageRequest pageRequest(int pageNum, int pageSize) {
    try {
      return PageRequest.of(pageNum, pageSize);
    } catch (IllegalArgumentException e) {
      throw new ApiRejection(400, CommonErrors.INVALID_PARAMETER, e.getMessage(), List.of());
    }
  }

  private static String text(Instant t) {
    return t == null ? null : t.toString();
  }
}
