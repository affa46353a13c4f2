package io.cloudtrade.gateway.web;

import io.cloudtrade.kernel.Page;
import io.cloudtrade.lifecycle.api.InstanceQuery;
import io.cloudtrade.lifecycle.api.InstanceService;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.order.api.CreateInstanceCommand;
import io.cloudtrade.order.api.OrderDetail;
import io.cloudtrade.order.api.OrderQuery;
import io.cloudtrade.order.api.OrderService;
import io.cloudtrade.order.api.PlacedOrder;
import io.cloudtrade.payment.api.AccountBalance;
import io.cloudtrade.payment.api.BalanceService;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in customer's purchases, orders, instances and balance. */
@RestController
@RequestMapping("/api")
public class ConsoleController {
  private final OrderService orders;
  private final InstanceService instances;
  private final BalanceService balances;

  public ConsoleController(OrderService orders, InstanceService instances, BalanceService balances) {
    this.orders = orders;
    this.instances = instances;
    this.balances = balances;
  }

  /** A purchase from the buy page, paid from the balance. */
  public record Purchase(String clientToken, String productCode, String subscriptionType, Integer period, String periodUnit,
      Map<String, String> config) {}

  @PostMapping("/orders")
  @ResponseStatus(HttpStatus.CREATED)
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
        .setPayNow(true)));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("orderId", Long.toString(placed.getOrderId()));
    m.put("instanceId", placed.getInstanceId());
    m.put("status", placed.getStatus());
    m.put("amount", placed.getAmount().toPlainString());
    m.put("currency", placed.getAmount().currency());
    return m;
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

  private static Map<String, Object> page(Page<?> page, List<Map<String, Object>> items) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pageNum", page.pageNum());
    m.put("pageSize", page.pageSize());
    m.put("totalCount", page.totalCount());
    m.put("items", items);
    return m;
  }

  private static String text(Instant t) {
    return t == null ? null : t.toString();
  }
}
