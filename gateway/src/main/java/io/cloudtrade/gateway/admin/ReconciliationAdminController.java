package io.cloudtrade.gateway.admin;

import io.cloudtrade.gateway.web.ApiRejection;
import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.payment.api.ReconciliationReport;
import io.cloudtrade.payment.api.ReconciliationService;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The daily reconciliation of channel payments for operators (HTTP Basic, {@link
 * OperatorAuthentication}), over {@link ReconciliationService}: the stored report of a channel's
 * Beijing day, or a run now. Rejections are problem+json with the payment service's error code.
 */
@RestController
@RequestMapping("/admin/api/reconciliations")
public class ReconciliationAdminController {
  private static final Logger log = LoggerFactory.getLogger(ReconciliationAdminController.class);
  private final ReconciliationService reconciliation;

  public ReconciliationAdminController(ReconciliationService reconciliation) {
    this.reconciliation = reconciliation;
  }

  /** The report of {@code channel} (Alipay, WechatPay) for a Beijing day (yyyy-MM-dd), as the last finished run left it. */
  @GetMapping("/{channel}/{day}")
  public ReconciliationReport report(@PathVariable String channel, @PathVariable String day) {
    LocalDate d = ApiRejection.valueOf(day(day));
    return ApiRejection.valueOf(reconciliation.getReconciliation(channel, d));
  }

  /** Downloads the channel's bill of the day and reconciles it now; the new report replaces the day's earlier one. */
  @PostMapping("/{channel}/{day}")
  public ReconciliationReport run(@PathVariable String channel, @PathVariable String day, HttpServletRequest request) {
    LocalDate d = ApiRejection.valueOf(day(day));
    ReconciliationReport r = ApiRejection.valueOf(reconciliation.reconcile(channel, d));
    log.info("operator {} reconciled {} {}: {} differences", request.getAttribute(OperatorAuthentication.OPERATOR), channel, d,
        r.getDifferences().size());
    return r;
  }

  static Outcome<LocalDate> day(String day) {
    try {
      return Outcome.ok(LocalDate.parse(day));
    } catch (DateTimeParseException e) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "day must be yyyy-MM-dd, not " + day);
    }
  }
}
