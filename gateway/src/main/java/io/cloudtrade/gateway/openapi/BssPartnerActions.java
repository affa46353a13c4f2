package io.cloudtrade.gateway.openapi;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.order.api.ApproveOrderCommand;
import io.cloudtrade.order.api.OrderErrors;
import io.cloudtrade.order.api.OrderService;
import io.cloudtrade.order.api.PlacedOrder;
import io.cloudtrade.reseller.api.Caller;
import io.cloudtrade.reseller.api.CustomerStatusRequest;
import io.cloudtrade.reseller.api.Identities;
import io.cloudtrade.reseller.api.QuotaRequest;
import io.cloudtrade.reseller.api.ResellerErrors;
import io.cloudtrade.reseller.api.ResellerService;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The resellers' partner actions of the BSS OpenAPI, for a caller whose identity is RESELLER only
 * (anyone else: HTTP 400 {@code NotApplicable}): GetCustomerList, SetResellerUserQuota,
 * QueryResellerAvailableQuota, SetResellerUserStatus, and our extension ApproveOrder. Parameters and
 * {@code Data} carry the names the official SDK's models read ({@code @NameInMap}).
 *
 * <p>Tenant isolation: an OwnerId that is not the calling reseller's customer (another reseller's,
 * a direct customer, the reseller itself, an account that does not exist) is always the same HTTP
 * 403 {@code Forbidden.OwnerId} with the same message ({@link #forbiddenOwner}), checked with {@link
 * ResellerService#customerOf} before the action and again on the action's own answer; an order that
 * is not one of the reseller's customers' is always the same 404 {@code OrderNotFound}. Nothing in
 * an answer tells whether an account or an order exists.
 */
@Component
public class BssPartnerActions {
  /** Partner actions of a gateway without a reseller service: NotApplicable, and no OwnerId but the caller's. */
  static final BssPartnerActions NONE = new BssPartnerActions(null, null);

  /** SetResellerUserQuota's Currency when none is given, as BSS. */
  static final String DEFAULT_CURRENCY = "CNY";
  /** QueryResellerAvailableQuota's Data for a customer without a credit limit. */
  static final String NO_LIMIT = "-1";

  /** The service codes that mean "not this reseller's customer", all answered as {@link #forbiddenOwner}. */
  private static final Set<String> NOT_A_CUSTOMER = Set.of(ResellerErrors.NOT_YOUR_CUSTOMER, CommonErrors.ACCOUNT_NOT_FOUND);

  private final ResellerService resellers;
  private final OrderService orders;

  /** The partner actions over the reseller and order services. */
  public BssPartnerActions(ResellerService resellers, OrderService orders) {
    this.resellers = resellers;
    this.orders = orders;
  }

  /**
   * The one refusal of an OwnerId the caller may not act for, whatever the reason: HTTP 403 {@code
   * Forbidden.OwnerId}, the message naming only the OwnerId given.
   */
  static BssException forbiddenOwner(long ownerId) {
    return new BssException(403, ResellerErrors.NOT_YOUR_CUSTOMER, "the caller may not act for account " + ownerId);
  }

  /**
   * The OwnerId a reseller acts for, once {@link ResellerService#customerOf} says it is the caller's
   * customer; any other case is {@link #forbiddenOwner}.
   */
  long customerOf(Caller caller, long ownerId) {
    if (!isReseller(caller)) {
      throw forbiddenOwner(ownerId);
    }
    Outcome<Caller> customer = resellers.customerOf(caller.getAccountId(), ownerId);
    // every rejection answers alike; and the answer must be the account asked for, of this reseller
    if (!customer.isOk() || customer.value() == null || customer.value().getAccountId() != ownerId
        || customer.value().getResellerId() == null || customer.value().getResellerId() != caller.getAccountId()) {
      throw forbiddenOwner(ownerId);
    }
    return ownerId;
  }

  /** GetCustomerList: Data {@code {UidList: ["<account id>", ...]}}, the ids as strings, ascending. */
  Object getCustomerList(Caller caller) {
    requireReseller(caller);
    List<Long> ids = BssActions.value(resellers.customerIds(caller.getAccountId()));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("UidList", ids.stream().map(String::valueOf).toList());
    return data;
  }

  /**
   * SetResellerUserQuota: sets the customer's (OwnerId) credit quota to Amount (a decimal, at most
   * two decimals, not negative) in Currency (default CNY); idempotent by OutBizId. Data {@code true}.
   */
  Object setResellerUserQuota(Caller caller, BssParameters p) {
    requireReseller(caller);
    long ownerId = requiredOwnerId(p);
    Money quota = quota(p.required("Amount"), p.text("Currency") == null ? DEFAULT_CURRENCY : p.text("Currency"));
    String outBizId = p.required("OutBizId");
    customerOf(caller, ownerId);
    return forCustomer(ownerId, resellers.setCustomerQuota(new QuotaRequest()
        .setResellerId(caller.getAccountId())
        .setCustomerId(ownerId)
        .setQuota(quota)
        .setOutBizId(outBizId)));
  }

  /**
   * QueryResellerAvailableQuota: the customer's (OwnerId) credit quota left, a string amount with two
   * decimals such as {@code "1234.50"} (negative when the quota was lowered below what its orders
   * use). A customer without a credit limit answers {@code "-1"} ({@value #NO_LIMIT}, no decimals, so
   * it cannot be mistaken for an amount). ItemCodes is accepted and ignored: the quota is not per
   * product.
   */
  Object queryResellerAvailableQuota(Caller caller, BssParameters p) {
    requireReseller(caller);
    long ownerId = requiredOwnerId(p);
    customerOf(caller, ownerId);
    Money m = forCustomer(ownerId, resellers.availableQuota(caller.getAccountId(), ownerId));
    return m == null ? NO_LIMIT : m.toPlainString();
  }

  /**
   * SetResellerUserStatus: BusinessType FREEZE with Status Freeze or Thaw freezes or thaws the
   * customer (OwnerId); BusinessType TRUSTEESHIP with Status Trusteeship or TrusteeshipCancel records
   * whether CloudTrade handles its arrears. StopMode is accepted and ignored. Data {@code true}.
   */
  Object setResellerUserStatus(Caller caller, BssParameters p) {
    requireReseller(caller);
    long ownerId = requiredOwnerId(p);
    String businessType = p.required("BusinessType");
    String status = p.required("Status");
    customerOf(caller, ownerId);
    return forCustomer(ownerId, resellers.setCustomerStatus(new CustomerStatusRequest()
        .setResellerId(caller.getAccountId())
        .setCustomerId(ownerId)
        .setBusinessType(businessType)
        .setStatus(status)));
  }

  /**
   * ApproveOrder (our extension, not in BSS): the reseller approves ({@code Approve=true}) or rejects
   * ({@code Approve=false}) an order of one of its customers that its rules held for approval;
   * Reason is optional, for the record. Data {@code {OrderId, Status}}, OrderId a string. An order
   * that does not exist or is not one of the reseller's customers' is the same 404 {@code
   * OrderNotFound}; one that does not wait for approval is 400 {@code OrderNotPendingApproval}.
   */
  Object approveOrder(Caller caller, BssParameters p) {
    requireReseller(caller);
    Long orderId = p.longValue("OrderId");
    if (orderId == null) {
      throw new BssException(400, CommonErrors.MISSING_PARAMETER, "the parameter OrderId is required");
    }
    String decision = p.required("Approve");
    if (!"true".equalsIgnoreCase(decision) && !"false".equalsIgnoreCase(decision)) {
      throw new BssException(400, CommonErrors.INVALID_PARAMETER, "the parameter Approve must be true or false");
    }
    boolean approve = "true".equalsIgnoreCase(decision);
    Outcome<PlacedOrder> decided = orders.approveOrder(new ApproveOrderCommand()
        .setResellerId(caller.getAccountId())
        .setOrderId(orderId)
        .setApprove(approve)
        .setReason(p.text("Reason")));
    if (!decided.isOk() && (OrderErrors.ORDER_NOT_FOUND.equals(decided.code()) || NOT_A_CUSTOMER.contains(decided.code()))) {
      // one answer, whether the order does not exist or is another reseller's customer's
      throw new BssException(404, OrderErrors.ORDER_NOT_FOUND, "the order " + orderId + " does not exist");
    }
    PlacedOrder placed = BssActions.value(decided);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("OrderId", Long.toString(placed.getOrderId()));
    data.put("Status", placed.getStatus());
    return data;
  }

  /** The value of a partner action's answer; "not your customer" is {@link #forbiddenOwner}. */
  private static <T extends Serializable> T forCustomer(long ownerId, Outcome<T> outcome) {
    if (!outcome.isOk() && NOT_A_CUSTOMER.contains(outcome.code())) {
      throw forbiddenOwner(ownerId);
    }
    return BssActions.value(outcome);
  }

  private boolean isReseller(Caller caller) {
    return resellers != null && Identities.RESELLER.equals(caller.getIdentity());
  }

  private void requireReseller(Caller caller) {
    if (!isReseller(caller)) {
      throw new BssException(400, ResellerErrors.NOT_A_RESELLER, "This API is not applicable for caller.");
    }
  }

  /** OwnerId, required by the partner actions (a number; SetResellerUserStatus's SDK sends it as a string of digits). */
  private static long requiredOwnerId(BssParameters p) {
    p.required("OwnerId");
    return p.longValue("OwnerId");
  }

  private static Money quota(String amount, String currency) {
    try {
      BigDecimal decimal = new BigDecimal(amount);
      if (decimal.signum() < 0) {
        throw new BssException(400, CommonErrors.INVALID_PARAMETER, "the parameter Amount must not be negative");
      }
      return Money.of(decimal, currency);
    } catch (NumberFormatException e) {
      throw new BssException(400, CommonErrors.INVALID_PARAMETER, "the parameter Amount must be a decimal such as 1000.00");
    } catch (IllegalArgumentException e) { // more than two decimals, too large, or not an ISO 4217 currency
      throw new BssException(400, CommonErrors.INVALID_PARAMETER, "Amount " + amount + " " + currency + " is not a valid amount: " + e.getMessage());
    }
  }
}
