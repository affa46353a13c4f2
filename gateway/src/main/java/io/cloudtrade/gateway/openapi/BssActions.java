package io.cloudtrade.gateway.openapi;

import io.cloudtrade.gateway.web.ApiRejection;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.lifecycle.api.InstanceQuery;
import io.cloudtrade.lifecycle.api.InstanceService;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.order.api.CreateInstanceCommand;
import io.cloudtrade.order.api.OrderDetail;
import io.cloudtrade.order.api.OrderQuery;
import io.cloudtrade.order.api.OrderService;
import io.cloudtrade.order.api.PlacedOrder;
import io.cloudtrade.order.api.RenewInstanceCommand;
import io.cloudtrade.payment.api.AccountBalance;
import io.cloudtrade.payment.api.BalanceService;
import io.cloudtrade.reseller.api.Caller;
import io.cloudtrade.reseller.api.ResellerErrors;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The BSS OpenAPI 2017-12-14 actions: each reads the SDK's parameters, calls a service contract and
 * answers the {@code Data} object under the names the official SDK's response models read
 * ({@code @NameInMap}). The catalog's actions are in {@link BssCatalogActions}, the changes of what
 * was bought (ModifyInstance, RefundInstance, InquiryPriceRefundInstance, CancelOrder, SetRenewal)
 * in {@link BssChangeActions}, the resellers' partner actions in {@link BssPartnerActions}.
 *
 * <p><b>OwnerId.</b> An action runs for the caller's own account when OwnerId is absent or names the
 * caller. A reseller may name one of its customers in OwnerId for the actions of {@link
 * #ON_BEHALF_ACTIONS}; the action then runs for that customer. Every other OwnerId is refused with
 * the same HTTP 403 {@code Forbidden.OwnerId}, whether the account does not exist, is another
 * reseller's customer or a direct customer, or the caller is not a reseller: the answer never tells
 * whether an account exists.
 */
@Component
public class BssActions {
  /**
   * The actions a reseller may run for one of its customers (OwnerId): the ones whose SDK request
   * carries OwnerId. RefundInstance and InquiryPriceRefundInstance (whose SDK requests have no
   * OwnerId) and QueryAccountBalance run for the caller only.
   */
  static final Set<String> ON_BEHALF_ACTIONS = Set.of("CreateInstance", "RenewInstance", "ModifyInstance", "RenewChangeInstance",
      "CancelOrder", "SetRenewal", "ReleaseInstance", "QueryAvailableInstances", "QueryOrders", "GetOrderDetail",
      "GetSubscriptionPrice");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT;

  private final OrderService orders;
  private final InstanceService instances;
  private final BalanceService balances;
  private final BssCatalogActions catalog;
  private final BssChangeActions changes;
  private final BssPartnerActions partners;

  /** The actions of a gateway with resellers (the one Spring builds). */
  @Autowired
  public BssActions(OrderService orders, InstanceService instances, BalanceService balances, BssCatalogActions catalog,
      BssChangeActions changes, BssPartnerActions partners) {
    this.orders = orders;
    this.instances = instances;
    this.balances = balances;
    this.catalog = catalog;
    this.changes = changes;
    this.partners = partners == null ? BssPartnerActions.NONE : partners;
  }

  /**
   * The actions without resellers: OwnerId may only name the caller, and the partner actions answer
   * NotApplicable to everyone.
   */
  public BssActions(OrderService orders, InstanceService instances, BalanceService balances, BssCatalogActions catalog,
      BssChangeActions changes) {
    this(orders, instances, balances, catalog, changes, null);
  }

  /**
   * Runs an action for an authenticated caller and returns its Data (null: the answer has none).
   *
   * @throws BssException when the request is refused, in the BSS error shape
   */
  public Object run(String action, Caller caller, Map<String, String> rawParams) {
    BssParameters p = new BssParameters(rawParams);
    return switch (action) {
      // the partner actions: OwnerId names the reseller's customer they are about (BssPartnerActions)
      case "GetCustomerList" -> partners.getCustomerList(caller);
      case "SetResellerUserQuota" -> partners.setResellerUserQuota(caller, p);
      case "QueryResellerAvailableQuota" -> partners.queryResellerAvailableQuota(caller, p);
      case "SetResellerUserStatus" -> partners.setResellerUserStatus(caller, p);
      case "ApproveOrder" -> partners.approveOrder(caller, p);
      default -> runFor(action, owner(action, caller, p), caller.getAccountId(), p);
    };
  }

  /** An action of an account: the caller's own, or (when {@code account != caller}) a reseller's customer's. */
  private Object runFor(String action, long account, long caller, BssParameters p) {
    boolean forCustomer = account != caller;
    return switch (action) {
      case "CreateInstance" -> createInstance(account, p);
      case "RenewInstance" -> renewInstance(account, p);
      case "ModifyInstance" -> changes.modifyInstance(account, p);
      case "RenewChangeInstance" -> changes.renewChangeInstance(account, p);
      case "RefundInstance" -> changes.refundInstance(account, p);
      case "InquiryPriceRefundInstance" -> changes.inquiryPriceRefundInstance(account, p);
      case "CancelOrder" -> changes.cancelOrder(account, p);
      case "SetRenewal" -> changes.setRenewal(account, p);
      case "ReleaseInstance" -> changes.releaseInstance(account, p);
      case "QueryAvailableInstances" -> queryAvailableInstances(account, p);
      case "QueryOrders" -> queryOrders(account, p, forCustomer);
      case "GetOrderDetail" -> getOrderDetail(account, p, forCustomer);
      case "QueryAccountBalance" -> queryAccountBalance(account);
      case "QueryProductList" -> catalog.queryProductList(p);
      case "DescribePricingModule" -> catalog.describePricingModule(p);
      case "GetSubscriptionPrice" -> catalog.getSubscriptionPrice(account, p);
      default -> throw new BssException(404, "InvalidAction.NotFound", "the action " + action + " does not exist in " + RequestAuthenticator.VERSION);
    };
  }

  /**
   * The account the action runs for: the caller's, or the reseller's customer named in OwnerId for
   * the actions of {@link #ON_BEHALF_ACTIONS} (checked with the reseller service). Any other OwnerId
   * is the one answer {@link BssPartnerActions#forbiddenOwner}, whatever the reason.
   */
  private long owner(String action, Caller caller, BssParameters p) {
    Long ownerId = p.longValue("OwnerId");
    if (ownerId == null || ownerId == caller.getAccountId()) {
      return caller.getAccountId();
    }
    if (!ON_BEHALF_ACTIONS.contains(action)) {
      throw BssPartnerActions.forbiddenOwner(ownerId);
    }
    return partners.customerOf(caller, ownerId);
  }

  private Object createInstance(long account, BssParameters p) {
    String subscriptionType = p.required("SubscriptionType");
    boolean prepaid = "Subscription".equals(subscriptionType);
    Integer period = p.integer("Period");
    if (prepaid && period == null) {
      throw new BssException(400, "MissingParameter", "the parameter Period is required for a Subscription");
    }
    CreateInstanceCommand c = new CreateInstanceCommand()
        .setAccountId(account)
        .setClientToken(p.text("ClientToken"))
        .setProductCode(p.required("ProductCode"))
        .setProductType(p.text("ProductType"))
        .setSubscriptionType(subscriptionType)
        .setPeriod(prepaid ? period : 1)
        .setPeriodUnit(prepaid ? "Month" : "Hour")
        .setConfig(new HashMap<>(p.pairs("Parameter", "Code", "Value")))
        .setRenewalStatus(p.text("RenewalStatus"))
        .setRenewPeriod(p.integer("RenewPeriod"))
        .setPayNow(true);
    PlacedOrder placed = value(orders.createInstance(c));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("OrderId", Long.toString(placed.getOrderId()));
    data.put("InstanceId", placed.getInstanceId());
    return data;
  }

  /** Renews for RenewPeriod months at the price the instance's order agreed, paid from the balance. */
  private Object renewInstance(long account, BssParameters p) {
    String instanceId = p.required("InstanceId");
    String productCode = p.required("ProductCode");
    Integer months = p.integer("RenewPeriod");
    if (months == null) {
      throw new BssException(400, "MissingParameter", "the parameter RenewPeriod is required");
    }
    InstanceView instance = value(instances.getInstance(account, instanceId));
    if (!productCode.equals(instance.getProductCode())) {
      throw new BssException(400, "InvalidParameter", "instance " + instanceId + " is a " + instance.getProductCode() + ", not a " + productCode);
    }
    PlacedOrder placed = value(orders.renewInstance(new RenewInstanceCommand()
        .setAccountId(account)
        .setClientToken(p.text("ClientToken"))
        .setInstanceId(instanceId)
        .setPeriod(months)
        .setPeriodUnit("Month")
        .setPayNow(true)));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("OrderId", Long.toString(placed.getOrderId()));
    return data;
  }

  /**
   * InstanceIDs and Status are comma-separated lists, as the SDK sends them ({@code
   * Normal,WaitForExpire}); an unknown status is the lifecycle's InvalidParameter. ReleaseTime is
   * when a Released instance was released, ExpectedReleaseTime when an Expired one will be unless
   * renewed, StopTime when an expired one was stopped.
   */
  private Object queryAvailableInstances(long account, BssParameters p) {
    List<String> ids = commaSeparated(p.text("InstanceIDs"));
    List<String> statuses = commaSeparated(p.text("Status"));
    InstanceQuery q = new InstanceQuery()
        .setAccountId(account)
        .setProductCode(p.text("ProductCode"))
        .setRegion(p.text("Region"))
        .setStatus(statuses == null || statuses.isEmpty() ? null : String.join(",", statuses))
        .setSubscriptionType(p.text("SubscriptionType"))
        .setInstanceIds(ids)
        .setPageNum(orDefault(p.integer("PageNum"), 1))
        .setPageSize(orDefault(p.integer("PageSize"), 20));
    Page<InstanceView> page = value(instances.queryInstances(q));
    List<Map<String, Object>> list = new ArrayList<>();
    for (InstanceView i : page.items()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("InstanceID", i.getInstanceId());
      m.put("OwnerId", i.getAccountId());
      m.put("ProductCode", i.getProductCode());
      m.put("ProductType", i.getProductType());
      m.put("Region", i.getRegion());
      m.put("SubscriptionType", i.getSubscriptionType());
      m.put("Status", i.getStatus());
      m.put("SubStatus", i.getSubStatus());
      m.put("RenewStatus", i.getRenewStatus());
      m.put("CreateTime", time(i.getCreateTime()));
      m.put("EndTime", time(i.getEndTime()));
      m.put("ReleaseTime", time(i.getReleaseTime()));
      m.put("ExpectedReleaseTime", time(i.getExpectedReleaseTime()));
      m.put("StopTime", time(i.getStopTime()));
      m.put("Seller", i.getSeller() == null ? "CloudTrade" : i.getSeller());
      list.add(m);
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("PageNum", page.pageNum());
    data.put("PageSize", page.pageSize());
    data.put("TotalCount", page.totalCount());
    data.put("InstanceList", list);
    return data;
  }

  /** QueryOrders; {@code forCustomer}: a reseller reads its customer's orders (see {@link #order(OrderDetail, boolean)}). */
  private Object queryOrders(long account, BssParameters p, boolean forCustomer) {
    OrderQuery q = new OrderQuery()
        .setAccountId(account)
        .setCreateTimeStart(p.time("CreateTimeStart"))
        .setCreateTimeEnd(p.time("CreateTimeEnd"))
        .setProductCode(p.text("ProductCode"))
        .setOrderType(p.text("OrderType"))
        .setPaymentStatus(p.text("PaymentStatus"))
        .setPageNum(orDefault(p.integer("PageNum"), 1))
        .setPageSize(orDefault(p.integer("PageSize"), 20));
    Page<OrderDetail> page = value(orders.queryOrders(q));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("HostName", "cloudtrade");
    data.put("PageNum", page.pageNum());
    data.put("PageSize", page.pageSize());
    data.put("TotalCount", page.totalCount());
    data.put("OrderList", Map.of("Order", page.items().stream().map(o -> order(o, forCustomer)).toList()));
    return data;
  }

  /**
   * GetOrderDetail; {@code forCustomer}: a reseller reads its customer's order (see {@link
   * #order(OrderDetail, boolean)}). ExtendInfos, a map in the SDK's model, carries the order facts BSS
   * has no field for, under the same names as the extensions of {@link #order(OrderDetail, boolean)}.
   */
  private Object getOrderDetail(long account, BssParameters p, boolean forCustomer) {
    Long orderId = p.longValue("OrderId");
    if (orderId == null) {
      throw new BssException(400, "MissingParameter", "the parameter OrderId is required");
    }
    OrderDetail o = value(orders.getOrder(account, orderId));
    Map<String, Object> order = order(o, forCustomer);
    order.put("Region", o.getRegion());
    order.put("InstanceIDs", o.getInstanceId());
    order.put("Quantity", "1");
    order.put("Config", o.getConfig() == null ? null : o.getConfig().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(";")));
    // a TemporaryUpgrade's window is the order's usage period
    order.put("UsageStartTime", time(o.getWindowStart()));
    order.put("UsageEndTime", time(o.getWindowEnd()));
    // the SDK model reads ExtendInfos as a map: our order facts BSS has no field for
    Map<String, String> extend = new LinkedHashMap<>();
    extend.put("Status", o.getStatus());
    if (o.getFailureReason() != null) {
      extend.put("FailureReason", o.getFailureReason());
    }
    if (o.getRefundAmount() != null) {
      extend.put("RefundAmount", amount(o.getRefundAmount()));
    }
    for (String name : ORDER_EXTENSIONS) {
      if (order.get(name) != null) {
        extend.put(name, order.get(name).toString());
      }
    }
    order.put("ExtendInfos", extend);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("HostName", "cloudtrade");
    data.put("OrderList", Map.of("Order", List.of(order)));
    return data;
  }

  private Object queryAccountBalance(long account) {
    AccountBalance b = value(balances.queryBalance(account));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("AvailableAmount", b.getAvailableAmount().toPlainString());
    data.put("AvailableCashAmount", b.getAvailableCashAmount().toPlainString());
    data.put("CreditAmount", b.getCreditAmount().toPlainString());
    data.put("MybankCreditAmount", "0.00");
    data.put("Currency", b.getCurrency());
    return data;
  }

  /** The reseller facts of an order that {@link #order(OrderDetail, boolean)} adds, and GetOrderDetail repeats in ExtendInfos. */
  private static final List<String> ORDER_EXTENSIONS = List.of("Seller", "ChargedAmount", "PayerAccountId", "ResellerEarning", "RuleVersion");

  /** One order as its owner sees it: {@link #order(OrderDetail, boolean)} with {@code forReseller} false. */
  static Map<String, Object> order(OrderDetail o) {
    return order(o, false);
  }

  /**
   * One order under the names of the SDK's QueryOrders and GetOrderDetail order models.
   * PretaxGrossAmount is CloudTrade's list price; PretaxAmount and AfterTaxAmount are what the
   * customer pays: the price its reseller set for it (customerPrice) when there is one, else the
   * order's amount.
   *
   * <p>Extensions the SDK ignores: Status (see OrderStatus), FailureReason and RefundAmount when there
   * is one, and Seller (whose name the customer sees as the seller) when known. Only for a reseller
   * reading its customer's order ({@code forReseller}), never for the customer itself: ChargedAmount
   * (what the payer's balance was charged, e.g. the reseller's cost), PayerAccountId (when another
   * account than the order's paid, as a string), ResellerEarning (when there is one) and RuleVersion
   * (the reseller rules the order was decided under).
   */
  static Map<String, Object> order(OrderDetail o, boolean forReseller) {
    String currency = currency(o);
    Money customerPays = o.getCustomerPrice() != null ? o.getCustomerPrice() : o.getAmount();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("OrderId", Long.toString(o.getOrderId()));
    m.put("OrderType", o.getOrderType());
    m.put("ProductCode", o.getProductCode());
    m.put("ProductType", o.getProductType());
    m.put("SubscriptionType", o.getSubscriptionType());
    m.put("PaymentStatus", o.getPaymentStatus());
    m.put("Status", o.getStatus());
    m.put("CreateTime", time(o.getCreateTime()));
    m.put("PaymentTime", time(o.getPaymentTime()));
    m.put("PretaxGrossAmount", amount(o.getListPrice()));
    m.put("PretaxAmount", amount(customerPays));
    m.put("AfterTaxAmount", amount(customerPays));
    m.put("Tax", "0.00");
    m.put("Currency", currency);
    m.put("PaymentCurrency", currency);
    if (o.getRefundAmount() != null) {
      m.put("RefundAmount", amount(o.getRefundAmount()));
    }
    if (o.getFailureReason() != null) {
      m.put("FailureReason", o.getFailureReason());
    }
    if (o.getSeller() != null) {
      m.put("Seller", o.getSeller());
    }
    if (forReseller) {
      m.put("ChargedAmount", amount(o.getAmount()));
      if (o.getPayerAccountId() != null) {
        m.put("PayerAccountId", Long.toString(o.getPayerAccountId()));
      }
      if (o.getResellerEarning() != null) {
        m.put("ResellerEarning", amount(o.getResellerEarning()));
      }
      if (o.getRuleVersion() != null) {
        m.put("RuleVersion", o.getRuleVersion());
      }
    }
    return m;
  }

  private static String currency(OrderDetail o) {
    for (Money m : new Money[] {o.getAmount(), o.getListPrice(), o.getRefundAmount()}) {
      if (m != null) {
        return m.currency();
      }
    }
    return null;
  }

  /**
   * The value of a service's outcome, or its rejection as a BssException with the REST API's status
   * ({@link ApiRejection#statusOf}: 403 for {@code Forbidden.OwnerId}, 404 not found, 409 retryable,
   * 400 for every other, among them {@code NotApplicable}, {@code Reseller.QuotaExceeded} and a frozen
   * customer's {@code Account.Frozen}).
   */
  static <T extends Serializable> T value(Outcome<T> outcome) {
    if (!outcome.isOk()) {
      String details = outcome.details().isEmpty() ? "" : " " + String.join("; ", outcome.details());
      throw new BssException(ApiRejection.statusOf(outcome.code()), outcome.code(), outcome.message() + details);
    }
    return outcome.value();
  }

  private static String amount(Money m) {
    return m == null ? null : m.toPlainString();
  }

  private static String time(Instant t) {
    return t == null ? null : TIME.format(t.truncatedTo(ChronoUnit.SECONDS));
  }

  /** The trimmed, non-empty items of a comma-separated parameter; null when it is absent. */
  private static List<String> commaSeparated(String v) {
    return v == null ? null : Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static int orDefault(Integer v, int d) {
    return v == null ? d : v;
  }
}
