package io.cloudtrade.gateway.web;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.lifecycle.api.InstanceQuery;
import io.cloudtrade.lifecycle.api.InstanceService;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.order.api.CreateInstanceCommand;
import io.cloudtrade.order.api.ModifyInstanceCommand;
import io.cloudtrade.order.api.OrderDetail;
import io.cloudtrade.order.api.OrderQuery;
import io.cloudtrade.order.api.OrderService;
import io.cloudtrade.order.api.PlacedOrder;
import io.cloudtrade.order.api.RefundInstanceCommand;
import io.cloudtrade.order.api.RefundPrice;
import io.cloudtrade.payment.api.AccountBalance;
import io.cloudtrade.payment.api.BalanceService;
import io.cloudtrade.payment.api.Payment;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in customer's purchases, orders, instances and balance, and the changes of what was
 * bought: modify (upgrade, downgrade, temporary upgrade), refund (unsubscribe) and cancelling an
 * unpaid order. Errors are problem+json ({@link ApiProblems}) with the services' error codes.
 */
@RestController
@RequestMapping("/api")
public class ConsoleController {
  private static final List<String> MODIFY_TYPES = List.of("Upgrade", "Downgrade", "TemporaryUpgrade");

  private final OrderService orders;
  private final InstanceService instances;
  private final BalanceService balances;

  public ConsoleController(OrderService orders, InstanceService instances, BalanceService balances) {
    this.orders = orders;
    this.instances = instances;
    this.balances = balances;
  }

  /**
   * A purchase from the buy page, paid from the balance; with {@code payNow} false the order is left
   * Unpaid, to be paid through a channel ({@code POST /api/orders/{orderId}/channel-payments}).
   */
  public record Purchase(String clientToken, String productCode, String subscriptionType, Integer period, String periodUnit,
      Map<String, String> config, Boolean payNow) {}

  @PostMapping("/orders")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Buy an instance",
      description = "Places a New order priced by the catalog, paid from the balance at once; with payNow false it stays Unpaid "
          + "until paid through Alipay or WeChat Pay (POST /api/orders/{orderId}/channel-payments), or cancelled when its "
          + "payment time runs out. Idempotent by clientToken.")
  @ApiResponse(responseCode = "201", description = "the order: orderId, instanceId, status (Paid, or Unpaid), amount, currency")
  @ApiResponse(responseCode = "400", description = "InvalidConfiguration, NotEnoughBalance, IdempotentParameterMismatch...",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "401", description = "NotSignedIn", content = @Content(mediaType = "application/problem+json",
      schema = @Schema(implementation = ProblemDetail.class)))
  public Map<String, Object> buy(@RequestBody Purchase p, HttpSession session) {
    SignedInAccount who = SignedInAccount.require(session);
    String periodUnit = p.periodUnit() == null ? "Month" : p.periodUnit();
    PlacedOrder placed = ApiRejection.valueOf(orders.createInstance(new CreateInstanceCommand()
        .setAccountId(who.accountId())
        .setClientToken(p.clientToken())
        .setProductCode(p.productCode())
        .setSubscriptionType(p.subscriptionType() == null ? "Subscription" : p.subscriptionType())
        .setPeriod(p.period() == null ? 1 : p.period())
        .setPeriodUnit(periodUnit)
        .setConfig(p.config() == null ? new HashMap<>() : new HashMap<>(p.config()))
        .setPayNow(p.payNow() == null || p.payNow())));
    return placed(placed);
  }

  /**
   * A change of an instance's specification: {@code modifyType} Upgrade, Downgrade or
   * TemporaryUpgrade (with {@code windowEnd}, and {@code windowStart} or now, ISO-8601 UTC); {@code
   * config} holds only the attributes to change.
   */
  public record Modification(String modifyType, Map<String, String> config, Instant windowStart, Instant windowEnd,
      String clientToken) {}

  @PostMapping("/instances/{id}/modify")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Change an instance's specification",
      description = "Places a change order paid from the balance: an upgrade costs the prorated difference, a downgrade refunds it "
          + "once applied, a temporary upgrade costs its window and reverts by itself. One change at a time per instance; "
          + "idempotent by clientToken.")
  @ApiResponse(responseCode = "201", description = "the change order: orderId, instanceId, status, amount, currency")
  @ApiResponse(responseCode = "400", description = "invalid change (InvalidParameter, MissingParameter, InvalidSpecificationChange, "
      + "InstanceNotModifiable, NotEnoughBalance...)", content = @Content(mediaType = "application/problem+json",
      schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "401", description = "NotSignedIn", content = @Content(mediaType = "application/problem+json",
      schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "404", description = "InstanceNotFound", content = @Content(mediaType = "application/problem+json",
      schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "409", description = "InstanceChangeInProgress or OrderInProgress: retry later",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  public Map<String, Object> modify(@PathVariable String id, @RequestBody Modification body, HttpSession session) {
    SignedInAccount who = SignedInAccount.require(session);
    check(body);
    PlacedOrder placed = ApiRejection.valueOf(orders.modifyInstance(new ModifyInstanceCommand()
        .setAccountId(who.accountId())
        .setClientToken(body.clientToken())
        .setInstanceId(id)
        .setModifyType(body.modifyType())
        .setConfig(new HashMap<>(body.config()))
        .setWindowStart(body.windowStart())
        .setWindowEnd(body.windowEnd())
        .setPayNow(true)));
    return placed(placed);
  }

  /** An unsubscription; the body is optional and only carries the idempotency key. */
  public record Refund(String clientToken) {}

  @PostMapping("/instances/{id}/refund")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Unsubscribe an instance",
      description = "Places a Refund order: the instance is released at once and the prorated rest of its paid period goes back "
          + "to the balance (see refund-price). Idempotent by clientToken.")
  @ApiResponse(responseCode = "201", description = "the refund order: orderId, instanceId, status, amount, currency")
  @ApiResponse(responseCode = "400", description = "InstanceNotModifiable, IdempotentParameterMismatch...",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "401", description = "NotSignedIn", content = @Content(mediaType = "application/problem+json",
      schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "404", description = "InstanceNotFound", content = @Content(mediaType = "application/problem+json",
      schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "409", description = "InstanceChangeInProgress or OrderInProgress: retry later",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  public Map<String, Object> refund(@PathVariable String id, @RequestBody(required = false) Refund body, HttpSession session) {
    SignedInAccount who = SignedInAccount.require(session);
    PlacedOrder placed = ApiRejection.valueOf(orders.refundInstance(new RefundInstanceCommand()
        .setAccountId(who.accountId())
        .setClientToken(body == null ? null : body.clientToken())
        .setInstanceId(id)));
    return placed(placed);
  }

  @GetMapping("/instances/{id}/refund-price")
  @Operation(summary = "What unsubscribing an instance now would give back", description = "Computed by the order service; buys nothing.")
  @ApiResponse(responseCode = "200", description = "instanceId, refundAmount, paidAmount, currency, periodStart, periodEnd, at")
  @ApiResponse(responseCode = "400", description = "InstanceNotModifiable", content = @Content(mediaType = "application/problem+json",
      schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "401", description = "NotSignedIn", content = @Content(mediaType = "application/problem+json",
      schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "404", description = "InstanceNotFound", content = @Content(mediaType = "application/problem+json",
      schema = @Schema(implementation = ProblemDetail.class)))
  public Map<String, Object> refundPrice(@PathVariable String id, HttpSession session) {
    SignedInAccount who = SignedInAccount.require(session);
    RefundPrice r = ApiRejection.valueOf(orders.priceRefund(who.accountId(), id));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("instanceId", r.getInstanceId() == null ? id : r.getInstanceId());
    m.put("refundAmount", plain(r.getRefund()));
    m.put("paidAmount", plain(r.getPaid()));
    m.put("currency", r.getRefund() == null ? null : r.getRefund().currency());
    m.put("periodStart", text(r.getPeriodStart()));
    m.put("periodEnd", text(r.getPeriodEnd()));
    m.put("at", text(r.getAt()));
    return m;
  }

  @PostMapping("/orders/{id}/cancel")
  @Operation(summary = "Cancel an unpaid order", description = "Cancelling a cancelled order answers it unchanged.")
  @ApiResponse(responseCode = "200", description = "orderId, instanceId, status, amount, currency")
  @ApiResponse(responseCode = "400", description = "OrderNotCancellable (being paid, or paid)",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "401", description = "NotSignedIn", content = @Content(mediaType = "application/problem+json",
      schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "404", description = "OrderNotFound", content = @Content(mediaType = "application/problem+json",
      schema = @Schema(implementation = ProblemDetail.class)))
  public Map<String, Object> cancel(@PathVariable long id, HttpSession session) {
    SignedInAccount who = SignedInAccount.require(session);
    return placed(ApiRejection.valueOf(orders.cancelOrder(who.accountId(), id)));
  }

  /** The checks of a modification the edge can make; the order service makes the others. */
  static void check(Modification m) {
    if (m.modifyType() == null || m.modifyType().isEmpty()) {
      throw rejected(CommonErrors.MISSING_PARAMETER, "modifyType is required");
    }
    if (!MODIFY_TYPES.contains(m.modifyType())) {
      throw rejected(CommonErrors.INVALID_PARAMETER, "modifyType must be one of " + String.join(", ", MODIFY_TYPES));
    }
    if ("TemporaryUpgrade".equals(m.modifyType())) {
      if (m.windowEnd() == null) {
        throw rejected(CommonErrors.MISSING_PARAMETER, "windowEnd is required for a TemporaryUpgrade");
      }
      if (m.windowStart() != null && !m.windowEnd().isAfter(m.windowStart())) {
        throw rejected(CommonErrors.INVALID_PARAMETER, "windowEnd must be after windowStart");
      }
    } else if (m.windowStart() != null || m.windowEnd() != null) {
      throw rejected(CommonErrors.INVALID_PARAMETER, "windowStart and windowEnd are only for a TemporaryUpgrade");
    }
    if (m.config() == null || m.config().isEmpty()) {
      throw rejected(CommonErrors.MISSING_PARAMETER, "config must name at least one attribute to change");
    }
  }

  private static ApiRejection rejected(String code, String message) {
    return new ApiRejection(400, code, message, List.of());
  }

  private static Map<String, Object> placed(PlacedOrder placed) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("orderId", Long.toString(placed.getOrderId()));
    m.put("instanceId", placed.getInstanceId());
    m.put("status", placed.getStatus());
    m.put("amount", plain(placed.getAmount()));
    m.put("currency", placed.getAmount() == null ? null : placed.getAmount().currency());
    return m;
  }

  static String plain(Money m) {
    return m == null ? null : m.toPlainString();
  }

  @GetMapping("/orders")
  public Map<String, Object> orders(@RequestParam(defaultValue = "1") int pageNum, @RequestParam(defaultValue = "20") int pageSize,
      HttpSession session) {
    SignedInAccount who = SignedInAccount.require(session);
    Page<OrderDetail> page = ApiRejection.valueOf(orders.queryOrders(new OrderQuery().setAccountId(who.accountId()).setPageNum(pageNum).setPageSize(pageSize)));
    return page(page, page.items().stream().map(o -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("orderId", Long.toString(o.getOrderId()));
      m.put("orderType", o.getOrderType());
      m.put("status", o.getStatus());
      m.put("paymentStatus", o.getPaymentStatus());
      m.put("productCode", o.getProductCode());
      m.put("instanceId", o.getInstanceId());
      m.put("amount", o.getAmount().toPlainString());
      m.put("currency", o.getAmount().currency());
      m.put("createTime", text(o.getCreateTime()));
      return m;
    }).toList());
  }

  @GetMapping("/instances")
  public Map<String, Object> instances(@RequestParam(defaultValue = "1") int pageNum, @RequestParam(defaultValue = "50") int pageSize,
      HttpSession session) {
    SignedInAccount who = SignedInAccount.require(session);
    Page<InstanceView> page = ApiRejection.valueOf(instances.queryInstances(new InstanceQuery().setAccountId(who.accountId()).setPageNum(pageNum).setPageSize(pageSize)));
    return page(page, page.items().stream().map(i -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("instanceId", i.getInstanceId());
      m.put("productCode", i.getProductCode());
      m.put("region", i.getRegion());
      m.put("status", i.getStatus());
      m.put("subscriptionType", i.getSubscriptionType());
      m.put("createTime", text(i.getCreateTime()));
      m.put("endTime", text(i.getEndTime()));
      m.put("spec", i.getSpec());
      m.put("resourceId", i.getResourceId());
      return m;
    }).toList());
  }

  @GetMapping("/balance")
  public Map<String, String> balance(HttpSession session) {
    SignedInAccount who = SignedInAccount.require(session);
    AccountBalance b = ApiRejection.valueOf(balances.queryBalance(who.accountId()));
    return Map.of("availableAmount", b.getAvailableAmount().toPlainString(),
        "availableCashAmount", b.getAvailableCashAmount().toPlainString(),
        "creditAmount", b.getCreditAmount().toPlainString(), "currency", b.getCurrency());
  }

  /** The account's payments from its balance, newest first (channel payments: GET /api/payments). */
  @GetMapping("/balance-payments")
  public Map<String, Object> balancePayments(@RequestParam(defaultValue = "1") int pageNum,
      @RequestParam(defaultValue = "20") int pageSize, HttpSession session) {
    SignedInAccount who = SignedInAccount.require(session);
    Page<Payment> page = ApiRejection.valueOf(balances.listPayments(who.accountId(), PaymentController.pageRequest(pageNum, pageSize)));
    return page(page, page.items().stream().map(p -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("paymentId", Long.toString(p.getPaymentId()));
      m.put("orderId", Long.toString(p.getOrderId()));
      m.put("status", p.getStatus());
      m.put("amount", plain(p.getAmount()));
      m.put("currency", p.getAmount() == null ? null : p.getAmount().currency());
      m.put("createdAt", text(p.getCreatedAt()));
      return m;
    }).toList());
  }

  static Map<String, Object> page(Page<?> page, List<Map<String, Object>> items) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pageNum", page.pageNum());
    m.put("pageSize", page.pageSize());
    m.put("totalCount", page.totalCount());
    m.put("items", items);
    return m;
  }

  static String text(Instant t) {
    return t == null ? null : t.toString();
  }
}
