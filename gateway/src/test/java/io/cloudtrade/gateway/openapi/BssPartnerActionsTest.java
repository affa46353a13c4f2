package io.cloudtrade.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.bssopenapi20171214.models.GetCustomerListResponseBody;
import com.aliyun.bssopenapi20171214.models.GetOrderDetailResponseBody;
import com.aliyun.bssopenapi20171214.models.GetOrderDetailResponseBody.GetOrderDetailResponseBodyDataOrderListOrder;
import com.aliyun.bssopenapi20171214.models.QueryOrdersResponseBody;
import com.aliyun.bssopenapi20171214.models.QueryOrdersResponseBody.QueryOrdersResponseBodyDataOrderListOrder;
import com.aliyun.bssopenapi20171214.models.QueryResellerAvailableQuotaRequest;
import com.aliyun.bssopenapi20171214.models.QueryResellerAvailableQuotaResponseBody;
import com.aliyun.bssopenapi20171214.models.SetResellerUserQuotaRequest;
import com.aliyun.bssopenapi20171214.models.SetResellerUserQuotaResponseBody;
import com.aliyun.bssopenapi20171214.models.SetResellerUserStatusRequest;
import com.aliyun.bssopenapi20171214.models.SetResellerUserStatusResponseBody;
import com.aliyun.tea.TeaModel;
import io.cloudtrade.catalog.api.CatalogService;
import io.cloudtrade.catalog.api.Quote;
import io.cloudtrade.catalog.api.QuoteRequest;
import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.lifecycle.api.InstanceQuery;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.order.api.ApproveOrderCommand;
import io.cloudtrade.order.api.CreateInstanceCommand;
import io.cloudtrade.order.api.ModifyInstanceCommand;
import io.cloudtrade.order.api.OrderDetail;
import io.cloudtrade.order.api.OrderErrors;
import io.cloudtrade.order.api.OrderQuery;
import io.cloudtrade.order.api.OrderStatus;
import io.cloudtrade.order.api.PlacedOrder;
import io.cloudtrade.order.api.RenewChangeInstanceCommand;
import io.cloudtrade.order.api.RenewInstanceCommand;
import io.cloudtrade.reseller.api.BusinessModelDefinition;
import io.cloudtrade.reseller.api.BusinessModelView;
import io.cloudtrade.reseller.api.Caller;
import io.cloudtrade.reseller.api.CreditRequest;
import io.cloudtrade.reseller.api.CustomerStatusRequest;
import io.cloudtrade.reseller.api.IdentityErrors;
import io.cloudtrade.reseller.api.Identities;
import io.cloudtrade.reseller.api.OnboardResellerRequest;
import io.cloudtrade.reseller.api.OrderPlan;
import io.cloudtrade.reseller.api.OrderPlanRequest;
import io.cloudtrade.reseller.api.QuotaRequest;
import io.cloudtrade.reseller.api.RegisterAccountRequest;
import io.cloudtrade.reseller.api.ResellerErrors;
import io.cloudtrade.reseller.api.ResellerService;
import io.cloudtrade.reseller.api.ResellerView;
import io.cloudtrade.reseller.api.RuleSetDefinition;
import io.cloudtrade.reseller.api.RuleSetView;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The partner OpenAPI: the four reseller actions and ApproveOrder as the SDK sends and reads them, a
 * reseller acting for its customer through OwnerId, and tenant isolation: an account that is not the
 * reseller's customer is refused exactly as one that does not exist.
 */
class BssPartnerActionsTest {
  // ids beyond a double's 53 bits, as real account ids are
  static final long RESELLER_A = 1_380_000_000_000_002L;
  static final long CUSTOMER_A1 = 1_380_000_000_000_101L;
  static final long CUSTOMER_A2 = 1_380_000_000_000_102L;
  static final long RESELLER_B = 1_380_000_000_000_003L;
  static final long CUSTOMER_B1 = 1_380_000_000_000_201L;
  static final long DIRECT = 1_380_000_000_000_301L;
  static final long NOBODY = 1_380_000_000_009_999L;
  static final long ORDER_OF_A1 = 5001;
  static final long ORDER_OF_B1 = 5002;

  /** The actions a reseller may run for its customer, each with parameters that make it succeed. */
  static final Map<String, Map<String, String>> ON_BEHALF = new LinkedHashMap<>();

  static {
    ON_BEHALF.put("CreateInstance", Map.of("ProductCode", "ecs", "SubscriptionType", "Subscription", "Period", "1",
        "Parameter.1.Code", "InstanceType", "Parameter.1.Value", "ecs.g7.large"));
    ON_BEHALF.put("RenewInstance", Map.of("ProductCode", "ecs", "InstanceId", "i-1", "RenewPeriod", "1"));
    ON_BEHALF.put("ModifyInstance", Map.of("ProductCode", "ecs", "SubscriptionType", "Subscription", "InstanceId", "i-1",
        "ModifyType", "Upgrade", "Parameter.1.Code", "InstanceType", "Parameter.1.Value", "ecs.g7.xlarge"));
    ON_BEHALF.put("RenewChangeInstance", Map.of("ProductCode", "ecs", "InstanceId", "i-1", "RenewPeriod", "1",
        "Parameter.1.Code", "InstanceType", "Parameter.1.Value", "ecs.g7.xlarge"));
    ON_BEHALF.put("CancelOrder", Map.of("OrderId", "5001"));
    ON_BEHALF.put("SetRenewal", Map.of("ProductCode", "ecs", "InstanceIDs", "i-1", "RenewalStatus", "ManualRenewal"));
    ON_BEHALF.put("ReleaseInstance", Map.of("ProductCode", "ecs", "InstanceIds", "i-1"));
    ON_BEHALF.put("QueryAvailableInstances", Map.of());
    ON_BEHALF.put("QueryOrders", Map.of());
    ON_BEHALF.put("GetOrderDetail", Map.of("OrderId", "5001"));
    ON_BEHALF.put("GetSubscriptionPrice", Map.of("ProductCode", "ecs", "SubscriptionType", "Subscription"));
  }

  /** The four reseller actions, each with parameters that make it succeed (OwnerId added by the test). */
  static final Map<String, Map<String, String>> RESELLER_ACTIONS = Map.of(
      "SetResellerUserQuota", Map.of("Amount", "1000.00", "OutBizId", "q-1"),
      "QueryResellerAvailableQuota", Map.of(),
      "SetResellerUserStatus", Map.of("BusinessType", "FREEZE", "Status", "Freeze"));

  /** Every account that a service call was made for, in order. */
  final List<Long> accounts = new ArrayList<>();
  final FakeResellers resellers = new FakeResellers();
  final RecordingOrders orders = new RecordingOrders();
  final RecordingInstances instances = new RecordingInstances();
  final CatalogService catalog = (CatalogService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {CatalogService.class},
      (proxy, method, args) -> {
        if (!method.getName().equals("quote")) {
          throw new UnsupportedOperationException(method.getName());
        }
        QuoteRequest q = (QuoteRequest) args[0];
        accounts.add(q.getAccountId());
        return Outcome.ok(new Quote().setProductCode(q.getProductCode()).setLines(List.of()).setDiscounts(List.of())
            .setListPrice(Money.ofMinor(10000, "CNY")).setDiscount(Money.zero("CNY")).setFinalAmount(Money.ofMinor(10000, "CNY")));
      });
  final BssActions actions = new BssActions(orders, instances, null, new BssCatalogActions(catalog, orders),
      new BssChangeActions(orders, instances), new BssPartnerActions(resellers, orders));

  BssPartnerActionsTest() {
    resellers.add(account(RESELLER_A, Identities.RESELLER, null));
    resellers.add(account(CUSTOMER_A1, Identities.RESELLER_CUSTOMER, RESELLER_A));
    resellers.add(account(CUSTOMER_A2, Identities.RESELLER_CUSTOMER, RESELLER_A));
    resellers.add(account(RESELLER_B, Identities.RESELLER, null));
    resellers.add(account(CUSTOMER_B1, Identities.RESELLER_CUSTOMER, RESELLER_B));
    resellers.add(account(DIRECT, Identities.CUSTOMER, null));
    instances.with("i-1", "ecs");
    orders.order = order(ORDER_OF_A1, CUSTOMER_A1);
    orders.pendingApproval.put(ORDER_OF_A1, RESELLER_A);
    orders.pendingApproval.put(ORDER_OF_B1, RESELLER_B);
  }

  // --- the reseller actions' wire shapes ---

  @Test
  void getCustomerListAnswersTheCustomersIdsAsStrings() throws Exception {
    GetCustomerListResponseBody body = SdkWire.read(actions.run("GetCustomerList", caller(RESELLER_A), Map.of()),
        new GetCustomerListResponseBody());
    assertThat(body.success).isTrue();
    assertThat(body.data.uidList).containsExactly(Long.toString(CUSTOMER_A1), Long.toString(CUSTOMER_A2));
  }

  @Test
  void setResellerUserQuotaSetsTheQuotaAsTheSdkSendsIt() throws Exception {
    SetResellerUserQuotaRequest request = new SetResellerUserQuotaRequest().setOwnerId(CUSTOMER_A1).setAmount("1234.50")
        .setCurrency("CNY").setOutBizId("quota-2026-11-25");
    Object data = actions.run("SetResellerUserQuota", caller(RESELLER_A), sdkParams(request));

    assertThat(SdkWire.read(data, new SetResellerUserQuotaResponseBody()).data).isTrue();
    QuotaRequest q = resellers.quotaRequests.get(0);
    assertThat(q.getResellerId()).isEqualTo(RESELLER_A);
    assertThat(q.getCustomerId()).isEqualTo(CUSTOMER_A1);
    assertThat(q.getQuota()).isEqualTo(Money.ofMinor(123450, "CNY"));
    assertThat(q.getOutBizId()).isEqualTo("quota-2026-11-25");

    actions.run("SetResellerUserQuota", caller(RESELLER_A), params(CUSTOMER_A1, "Amount", "10", "OutBizId", "q-2"));
    assertThat(resellers.quotaRequests.get(1).getQuota()).isEqualTo(Money.ofMinor(1000, "CNY")); // Currency defaults to CNY
  }

  @Test
  void setResellerUserQuotaRefusesABadAmountOrAMissingParameter() {
    for (String amount : new String[] {"ten", "12.345", "-1.00", "1e400"}) {
      assertRejected(() -> actions.run("SetResellerUserQuota", caller(RESELLER_A), params(CUSTOMER_A1, "Amount", amount, "OutBizId", "q")),
          400, CommonErrors.INVALID_PARAMETER, "Amount");
    }
    assertRejected(() -> actions.run("SetResellerUserQuota", caller(RESELLER_A),
        params(CUSTOMER_A1, "Amount", "1", "Currency", "cny", "OutBizId", "q")), 400, CommonErrors.INVALID_PARAMETER, "cny");
    assertRejected(() -> actions.run("SetResellerUserQuota", caller(RESELLER_A), params(CUSTOMER_A1, "OutBizId", "q")),
        400, CommonErrors.MISSING_PARAMETER, "Amount");
    assertRejected(() -> actions.run("SetResellerUserQuota", caller(RESELLER_A), params(CUSTOMER_A1, "Amount", "1")),
        400, CommonErrors.MISSING_PARAMETER, "OutBizId");
    assertRejected(() -> actions.run("SetResellerUserQuota", caller(RESELLER_A), Map.of("Amount", "1", "OutBizId", "q")),
        400, CommonErrors.MISSING_PARAMETER, "OwnerId");
    assertThat(resellers.quotaRequests).isEmpty();
  }

  @Test
  void setResellerUserQuotaPassesTheServiceRejectionsOn() {
    resellers.quotaRejection = ResellerErrors.IDEMPOTENT_PARAMETER_MISMATCH;
    assertRejected(() -> actions.run("SetResellerUserQuota", caller(RESELLER_A), params(CUSTOMER_A1, "Amount", "1", "OutBizId", "q")),
        400, ResellerErrors.IDEMPOTENT_PARAMETER_MISMATCH, "OutBizId");
  }

  @Test
  void queryResellerAvailableQuotaAnswersAStringAmountOrMinusOneWithoutALimit() throws Exception {
    resellers.available.put(CUSTOMER_A1, Money.ofMinor(123450, "CNY"));
    QueryResellerAvailableQuotaRequest request = new QueryResellerAvailableQuotaRequest().setOwnerId(CUSTOMER_A1).setItemCodes("ecs,rds");
    Object data = actions.run("QueryResellerAvailableQuota", caller(RESELLER_A), sdkParams(request));
    assertThat(SdkWire.read(data, new QueryResellerAvailableQuotaResponseBody()).data).isEqualTo("1234.50");

    resellers.available.put(CUSTOMER_A1, Money.ofMinor(-500, "CNY")); // the quota was lowered below the use
    assertThat(actions.run("QueryResellerAvailableQuota", caller(RESELLER_A), params(CUSTOMER_A1))).isEqualTo("-5.00");

    resellers.available.remove(CUSTOMER_A1); // no limit
    data = actions.run("QueryResellerAvailableQuota", caller(RESELLER_A), params(CUSTOMER_A1));
    assertThat(SdkWire.read(data, new QueryResellerAvailableQuotaResponseBody()).data).isEqualTo("-1");
  }

  @Test
  void setResellerUserStatusReadsTheSdksStringOwnerId() throws Exception {
    SetResellerUserStatusRequest request = new SetResellerUserStatusRequest().setOwnerId(Long.toString(CUSTOMER_A1))
        .setBusinessType("FREEZE").setStatus("Freeze").setStopMode("Stop");
    Object data = actions.run("SetResellerUserStatus", caller(RESELLER_A), sdkParams(request));

    assertThat(SdkWire.read(data, new SetResellerUserStatusResponseBody()).data).isTrue();
    CustomerStatusRequest s = resellers.statusRequests.get(0);
    assertThat(s.getResellerId()).isEqualTo(RESELLER_A);
    assertThat(s.getCustomerId()).isEqualTo(CUSTOMER_A1);
    assertThat(s.getBusinessType()).isEqualTo("FREEZE");
    assertThat(s.getStatus()).isEqualTo("Freeze");
    assertRejected(() -> actions.run("SetResellerUserStatus", caller(RESELLER_A), params(CUSTOMER_A1, "BusinessType", "FREEZE")),
        400, CommonErrors.MISSING_PARAMETER, "Status");
  }

  @Test
  void approveOrderDecidesForTheReseller() {
    Object data = actions.run("ApproveOrder", caller(RESELLER_A), Map.of("OrderId", "5001", "Approve", "true", "Reason", "checked"));

    assertThat(data).isEqualTo(Map.of("OrderId", "5001", "Status", OrderStatus.PAID));
    assertThat(orders.calls).singleElement().isInstanceOfSatisfying(ApproveOrderCommand.class, c -> {
      assertThat(c.getResellerId()).isEqualTo(RESELLER_A);
      assertThat(c.getOrderId()).isEqualTo(ORDER_OF_A1);
      assertThat(c.isApprove()).isTrue();
      assertThat(c.getReason()).isEqualTo("checked");
    });
    assertThat(actions.run("ApproveOrder", caller(RESELLER_A), Map.of("OrderId", "5001", "Approve", "false")))
        .isEqualTo(Map.of("OrderId", "5001", "Status", OrderStatus.CANCELLED));
  }

  @Test
  void approveOrderChecksItsParametersAndPassesTheRejectionsOn() {
    assertRejected(() -> actions.run("ApproveOrder", caller(RESELLER_A), Map.of("Approve", "true")), 400, CommonErrors.MISSING_PARAMETER, "OrderId");
    assertRejected(() -> actions.run("ApproveOrder", caller(RESELLER_A), Map.of("OrderId", "5001")), 400, CommonErrors.MISSING_PARAMETER, "Approve");
    assertRejected(() -> actions.run("ApproveOrder", caller(RESELLER_A), Map.of("OrderId", "5001", "Approve", "yes")),
        400, CommonErrors.INVALID_PARAMETER, "Approve");
    assertThat(orders.calls).isEmpty();

    orders.rejectWith = OrderErrors.ORDER_NOT_PENDING_APPROVAL;
    assertRejected(() -> actions.run("ApproveOrder", caller(RESELLER_A), Map.of("OrderId", "5001", "Approve", "true")),
        400, OrderErrors.ORDER_NOT_PENDING_APPROVAL, "fake");
  }

  // --- who may call them ---

  @Test
  void thePartnerActionsAreNotApplicableToAnyoneButAReseller() {
    Map<String, Map<String, String>> all = new LinkedHashMap<>();
    all.put("GetCustomerList", Map.of());
    RESELLER_ACTIONS.forEach((action, p) -> all.put(action, withOwner(p, CUSTOMER_A1)));
    all.put("ApproveOrder", Map.of("OrderId", "5001", "Approve", "true"));
    for (Caller caller : List.of(caller(DIRECT), caller(CUSTOMER_A1))) {
      all.forEach((action, p) -> assertRejected(() -> actions.run(action, caller, p), 400, ResellerErrors.NOT_A_RESELLER,
          "This API is not applicable for caller."));
    }
    // without a reseller service, no one is a reseller
    BssActions withoutResellers = new BssActions(orders, instances, null, null, new BssChangeActions(orders, instances));
    all.forEach((action, p) -> assertRejected(() -> withoutResellers.run(action, caller(RESELLER_A), p), 400,
        ResellerErrors.NOT_A_RESELLER, "not applicable"));
    assertThat(resellers.calls).isEmpty();
    assertThat(orders.calls).isEmpty();
  }

  // --- OwnerId: acting for a customer ---

  @Test
  void aResellerActsForItsCustomerInEveryAllowedAction() {
    assertThat(ON_BEHALF.keySet()).containsExactlyInAnyOrderElementsOf(BssActions.ON_BEHALF_ACTIONS);
    ON_BEHALF.forEach((action, p) -> {
      accounts.clear();
      actions.run(action, caller(RESELLER_A), withOwner(p, CUSTOMER_A1));
      assertThat(accounts).as(action).isNotEmpty().containsOnly(CUSTOMER_A1);
    });
  }

  @Test
  void anOwnerIdOfTheCallerItselfOrNoneRunsForTheCaller() {
    for (Caller caller : List.of(caller(RESELLER_A), caller(DIRECT), caller(CUSTOMER_A1))) {
      ON_BEHALF.forEach((action, p) -> {
        accounts.clear();
        actions.run(action, caller, withOwner(p, caller.getAccountId()));
        actions.run(action, caller, p);
        assertThat(accounts).as(action).isNotEmpty().containsOnly(caller.getAccountId());
      });
    }
    assertThat(resellers.calls).as("no customerOf for one's own account").isEmpty();
  }

  @Test
  void onlyTheAllowedActionsRunForACustomer() {
    assertForbidden(() -> actions.run("QueryAccountBalance", caller(RESELLER_A), params(CUSTOMER_A1)), CUSTOMER_A1);
    assertForbidden(() -> actions.run("RefundInstance", caller(RESELLER_A), params(CUSTOMER_A1, "ProductCode", "ecs", "InstanceId", "i-1")),
        CUSTOMER_A1);
    assertForbidden(() -> actions.run("InquiryPriceRefundInstance", caller(RESELLER_A),
        params(CUSTOMER_A1, "ProductCode", "ecs", "InstanceId", "i-1")), CUSTOMER_A1);
    assertThat(accounts).isEmpty();
  }

  /**
   * Tenant isolation: for every action that takes an OwnerId, another reseller's customer, a direct
   * customer, another reseller and an account that does not exist are refused alike (status, code and
   * message but for the id given), before any service acts; the fake reseller service even tells them
   * apart in its messages, which must not come through.
   */
  @Test
  void anotherResellersCustomerIsRefusedExactlyAsAnAccountThatDoesNotExist() {
    Map<String, Map<String, String>> ownerIdActions = new LinkedHashMap<>(ON_BEHALF);
    ownerIdActions.putAll(RESELLER_ACTIONS);
    ownerIdActions.forEach((action, p) -> {
      BssException none = refusal(() -> actions.run(action, caller(RESELLER_A), withOwner(p, NOBODY)));
      for (long other : new long[] {CUSTOMER_B1, DIRECT, RESELLER_B}) {
        BssException refused = refusal(() -> actions.run(action, caller(RESELLER_A), withOwner(p, other)));
        assertSameRefusal(action, refused, other, none, NOBODY);
      }
      assertThat(none.status()).isEqualTo(403);
      assertThat(none.code()).isEqualTo("Forbidden.OwnerId");
    });
    assertThat(accounts).as("no service acted for any of them").isEmpty();
    assertThat(resellers.quotaRequests).isEmpty();
    assertThat(resellers.statusRequests).isEmpty();
    assertThat(resellers.calls).containsOnly("customerOf");
  }

  @Test
  void anOrderOfAnotherResellersCustomerIsRefusedExactlyAsAnOrderThatDoesNotExist() {
    BssException none = refusal(() -> actions.run("ApproveOrder", caller(RESELLER_A), Map.of("OrderId", "9999", "Approve", "true")));
    BssException others = refusal(() -> actions.run("ApproveOrder", caller(RESELLER_A),
        Map.of("OrderId", Long.toString(ORDER_OF_B1), "Approve", "true")));
    assertThat(none.status()).isEqualTo(404);
    assertThat(none.code()).isEqualTo(OrderErrors.ORDER_NOT_FOUND);
    assertSameRefusal("ApproveOrder", others, ORDER_OF_B1, none, 9999);
    assertThat(orders.pendingApproval).containsEntry(ORDER_OF_B1, RESELLER_B); // undecided
  }

  @Test
  void aServiceAnsweringNotYourCustomerLaterIsTheSameRefusal() {
    resellers.quotaRejection = ResellerErrors.NOT_YOUR_CUSTOMER; // e.g. the customer moved between the two calls
    BssException late = refusal(() -> actions.run("SetResellerUserQuota", caller(RESELLER_A),
        params(CUSTOMER_A1, "Amount", "1", "OutBizId", "q")));
    BssException none = refusal(() -> actions.run("SetResellerUserQuota", caller(RESELLER_A),
        params(NOBODY, "Amount", "1", "OutBizId", "q")));
    assertSameRefusal("SetResellerUserQuota", late, CUSTOMER_A1, none, NOBODY);
  }

  @Test
  void aCustomerCannotActForAnyoneElse() {
    for (Caller caller : List.of(caller(DIRECT), caller(CUSTOMER_A1))) {
      ON_BEHALF.forEach((action, p) -> {
        BssException none = refusal(() -> actions.run(action, caller, withOwner(p, NOBODY)));
        for (long other : new long[] {CUSTOMER_A2, CUSTOMER_B1, RESELLER_A, DIRECT == caller.getAccountId() ? CUSTOMER_A1 : DIRECT}) {
          assertSameRefusal(action, refusal(() -> actions.run(action, caller, withOwner(p, other))), other, none, NOBODY);
        }
        assertThat(none.status()).isEqualTo(403);
      });
    }
    assertThat(accounts).isEmpty();
    assertThat(resellers.calls).as("not a reseller: no need to ask").isEmpty();
  }

  @Test
  void aMalformedOwnerIdIsAnInvalidParameter() {
    assertRejected(() -> actions.run("QueryOrders", caller(RESELLER_A), Map.of("OwnerId", "abc")), 400, CommonErrors.INVALID_PARAMETER, "OwnerId");
  }

  // --- orders as a reseller and as its customer see them ---

  @Test
  void theCustomerSeesItsPriceAndTheSellerButNotWhatTheResellerPaysOrEarns() throws Exception {
    orders.order = resold();
    QueryOrdersResponseBodyDataOrderListOrder o = SdkWire.read(actions.run("QueryOrders", caller(CUSTOMER_A1), Map.of()),
        new QueryOrdersResponseBody()).data.orderList.order.get(0);
    assertThat(o.pretaxGrossAmount).isEqualTo("100.00");
    assertThat(o.pretaxAmount).isEqualTo("110.00");
    assertThat(o.afterTaxAmount).isEqualTo("110.00");
    Map<String, Object> raw = BssActions.order(resold());
    assertThat(raw).containsEntry("Seller", "Acme Cloud").doesNotContainKeys("ChargedAmount", "ResellerEarning", "PayerAccountId",
        "RuleVersion");

    GetOrderDetailResponseBodyDataOrderListOrder d = SdkWire.read(actions.run("GetOrderDetail", caller(CUSTOMER_A1),
        Map.of("OrderId", "5001")), new GetOrderDetailResponseBody()).data.orderList.order.get(0);
    assertThat(d.pretaxAmount).isEqualTo("110.00");
    assertThat(d.extendInfos).containsEntry("Seller", "Acme Cloud").doesNotContainKeys("ChargedAmount", "ResellerEarning");
  }

  @Test
  void theResellerActingForItsCustomerAlsoSeesWhatWasChargedAndWhatItEarns() throws Exception {
    orders.order = resold();
    Map<String, String> p = Map.of("OrderId", "5001", "OwnerId", Long.toString(CUSTOMER_A1));
    GetOrderDetailResponseBodyDataOrderListOrder d = SdkWire.read(actions.run("GetOrderDetail", caller(RESELLER_A), p),
        new GetOrderDetailResponseBody()).data.orderList.order.get(0);
    assertThat(d.pretaxGrossAmount).isEqualTo("100.00");
    assertThat(d.pretaxAmount).isEqualTo("110.00");
    assertThat(d.extendInfos).containsEntry("Seller", "Acme Cloud").containsEntry("ChargedAmount", "80.00")
        .containsEntry("PayerAccountId", Long.toString(RESELLER_A)).containsEntry("ResellerEarning", "30.00")
        .containsEntry("RuleVersion", RESELLER_A + "/v3");
    assertThat(BssActions.order(resold(), true)).containsEntry("ChargedAmount", "80.00");
  }

  // --- rejections of the order flow under reseller rules ---

  @Test
  void resellerRejectionsOfAnOrderAreBadRequests() {
    for (String code : List.of(ResellerErrors.QUOTA_EXCEEDED, ResellerErrors.PRODUCT_NOT_ALLOWED, ResellerErrors.ACCOUNT_FROZEN)) {
      orders.createRejection = code;
      assertRejected(() -> actions.run("CreateInstance", caller(RESELLER_A), withOwner(ON_BEHALF.get("CreateInstance"), CUSTOMER_A1)),
          400, code, "rejected");
    }
    assertThat(io.cloudtrade.gateway.web.ApiRejection.statusOf(ResellerErrors.NOT_YOUR_CUSTOMER)).isEqualTo(403);
    assertThat(io.cloudtrade.gateway.web.ApiRejection.statusOf(ResellerErrors.NOT_A_RESELLER)).isEqualTo(400);
    assertThat(io.cloudtrade.gateway.web.ApiRejection.statusOf(OrderErrors.ORDER_NOT_PENDING_APPROVAL)).isEqualTo(400);
    assertThat(io.cloudtrade.gateway.web.ApiRejection.statusOf(IdentityErrors.ACCOUNT_FROZEN)).isEqualTo(400);
    assertThat(io.cloudtrade.gateway.web.ApiRejection.statusOf(ResellerErrors.RESELLER_NOT_FOUND)).isEqualTo(404);
  }

  // --- fixtures and fakes ---

  /** The account as the identity service authenticates it. */
  Caller caller(long accountId) {
    return resellers.byId.get(accountId);
  }

  static Caller account(long accountId, String identity, Long resellerId) {
    return new Caller().setAccountId(accountId).setName("account-" + accountId).setIdentity(identity).setResellerId(resellerId)
        .setStatus("ACTIVE");
  }

  static OrderDetail order(long orderId, long accountId) {
    return new OrderDetail().setOrderId(orderId).setAccountId(accountId).setOrderType("New").setStatus(OrderStatus.PAID)
        .setPaymentStatus("Paid").setProductCode("ecs").setProductType("ecs").setSubscriptionType("Subscription").setInstanceId("i-1")
        .setConfig(Map.of()).setListPrice(Money.ofMinor(10000, "CNY")).setDiscount(Money.zero("CNY")).setAmount(Money.ofMinor(10000, "CNY"));
  }

  /** An order of A1 under a margin model: A pays its cost of 80.00, A1 is shown 110.00, A earns 30.00. */
  static OrderDetail resold() {
    return order(ORDER_OF_A1, CUSTOMER_A1).setAmount(Money.ofMinor(8000, "CNY")).setCustomerPrice(Money.ofMinor(11000, "CNY"))
        .setResellerEarning(Money.ofMinor(3000, "CNY")).setPayerAccountId(RESELLER_A).setResellerId(RESELLER_A)
        .setRuleVersion(RESELLER_A + "/v3").setSeller("Acme Cloud");
  }

  static Map<String, String> withOwner(Map<String, String> p, long ownerId) {
    Map<String, String> m = new HashMap<>(p);
    m.put("OwnerId", Long.toString(ownerId));
    return m;
  }

  static Map<String, String> params(long ownerId, String... more) {
    Map<String, String> m = new HashMap<>();
    m.put("OwnerId", Long.toString(ownerId));
    for (int i = 0; i < more.length; i += 2) {
      m.put(more[i], more[i + 1]);
    }
    return m;
  }

  /** The query parameters the SDK sends for a request model: its @NameInMap names, values as strings. */
  static Map<String, String> sdkParams(TeaModel request) throws Exception {
    Map<String, Object> set = new HashMap<>();
    request.toMap().forEach((k, v) -> {
      if (v != null) {
        set.put(k, v);
      }
    });
    return com.aliyun.openapiutil.Client.query(set);
  }

  static BssException refusal(ThrowingCallable call) {
    BssException e = catchThrowableOfType(call, BssException.class);
    assertThat(e).as("refused").isNotNull();
    return e;
  }

  /** Two refusals are the same answer but for the id each request named. */
  static void assertSameRefusal(String action, BssException a, long idA, BssException b, long idB) {
    assertThat(a.status()).as(action).isEqualTo(b.status());
    assertThat(a.code()).as(action).isEqualTo(b.code());
    assertThat(a.getMessage().replace(Long.toString(idA), "<id>")).as(action).isEqualTo(b.getMessage().replace(Long.toString(idB), "<id>"));
  }

  static void assertForbidden(ThrowingCallable call, long ownerId) {
    assertRejected(call, 403, "Forbidden.OwnerId", Long.toString(ownerId));
  }

  static void assertRejected(ThrowingCallable call, int status, String code, String messagePart) {
    assertThatThrownBy(call).isInstanceOfSatisfying(BssException.class, e -> {
      assertThat(e.status()).isEqualTo(status);
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.getMessage()).contains(messagePart);
    });
  }

  /**
   * Resellers in memory. Its refusals tell a missing account from another reseller's customer in
   * their messages, on purpose: the gateway must answer them alike all the same.
   */
  static class FakeResellers implements ResellerService {
    final Map<Long, Caller> byId = new LinkedHashMap<>();
    final Map<Long, Money> available = new HashMap<>();
    final List<String> calls = new ArrayList<>();
    final List<QuotaRequest> quotaRequests = new ArrayList<>();
    final List<CustomerStatusRequest> statusRequests = new ArrayList<>();
    String quotaRejection;

    void add(Caller c) {
      byId.put(c.getAccountId(), c);
    }

    @Override
    public Outcome<Caller> customerOf(long resellerId, long customerId) {
      calls.add("customerOf");
      return check(resellerId, customerId);
    }

    private Outcome<Caller> check(long resellerId, long customerId) {
      Caller c = byId.get(customerId);
      if (c == null) {
        return Outcome.rejected(ResellerErrors.NOT_YOUR_CUSTOMER, "there is no account " + customerId);
      }
      if (c.getResellerId() == null || c.getResellerId() != resellerId) {
        return Outcome.rejected(ResellerErrors.NOT_YOUR_CUSTOMER, "account " + customerId + " is " + c.getIdentity() + " of " + c.getResellerId());
      }
      return Outcome.ok(c);
    }

    @Override
    public Outcome<ArrayList<Long>> customerIds(long resellerId) {
      calls.add("customerIds");
      ArrayList<Long> ids = new ArrayList<>();
      byId.values().stream().filter(c -> c.getResellerId() != null && c.getResellerId() == resellerId).forEach(c -> ids.add(c.getAccountId()));
      return Outcome.ok(ids);
    }

    @Override
    public Outcome<Boolean> setCustomerQuota(QuotaRequest request) {
      calls.add("setCustomerQuota");
      if (quotaRejection != null) {
        return Outcome.rejected(quotaRejection, "rejected by the fake: OutBizId " + request.getOutBizId());
      }
      Outcome<Caller> c = check(request.getResellerId(), request.getCustomerId());
      if (!c.isOk()) {
        return Outcome.rejectedAs(c);
      }
      quotaRequests.add(request);
      return Outcome.ok(true);
    }

    @Override
    public Outcome<Money> availableQuota(long resellerId, long customerId) {
      calls.add("availableQuota");
      Outcome<Caller> c = check(resellerId, customerId);
      return c.isOk() ? Outcome.ok(available.get(customerId)) : Outcome.rejectedAs(c);
    }

    @Override
    public Outcome<Boolean> setCustomerStatus(CustomerStatusRequest request) {
      calls.add("setCustomerStatus");
      Outcome<Caller> c = check(request.getResellerId(), request.getCustomerId());
      if (!c.isOk()) {
        return Outcome.rejectedAs(c);
      }
      statusRequests.add(request);
      return Outcome.ok(true);
    }

    @Override
    public Outcome<BusinessModelView> defineBusinessModel(BusinessModelDefinition definition) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Outcome<ArrayList<BusinessModelView>> listBusinessModels() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Outcome<ResellerView> onboardReseller(OnboardResellerRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Outcome<RuleSetView> publishRules(long resellerId, RuleSetDefinition rules) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Outcome<ResellerView> getReseller(long resellerId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Outcome<Caller> registerCustomer(long resellerId, RegisterAccountRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Outcome<OrderPlan> planOrder(OrderPlanRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Outcome<Boolean> reserveCredit(CreditRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Outcome<Boolean> releaseCredit(CreditRequest request) {
      throw new UnsupportedOperationException();
    }
  }

  /** The fake order service, recording the account of every call, with orders waiting for a reseller's approval. */
  class RecordingOrders extends FakeOrderService {
    /** order id -> the reseller whose approval it waits for */
    final Map<Long, Long> pendingApproval = new HashMap<>();
    String createRejection;

    @Override
    public Outcome<PlacedOrder> createInstance(CreateInstanceCommand command) {
      accounts.add(command.getAccountId());
      if (createRejection != null) {
        return Outcome.rejected(createRejection, "rejected by reseller rules");
      }
      return Outcome.ok(new PlacedOrder().setOrderId(ORDER_ID).setInstanceId("i-2").setStatus(OrderStatus.PAID)
          .setAmount(Money.ofMinor(100, "CNY")));
    }

    @Override
    public Outcome<PlacedOrder> renewInstance(RenewInstanceCommand command) {
      accounts.add(command.getAccountId());
      return Outcome.ok(new PlacedOrder().setOrderId(ORDER_ID).setInstanceId(command.getInstanceId()).setStatus(OrderStatus.PAID)
          .setAmount(Money.ofMinor(100, "CNY")));
    }

    @Override
    public Outcome<OrderDetail> getOrder(long accountId, long orderId) {
      accounts.add(accountId);
      return super.getOrder(accountId, orderId);
    }

    @Override
    public Outcome<Page<OrderDetail>> queryOrders(OrderQuery query) {
      accounts.add(query.getAccountId());
      return super.queryOrders(query);
    }

    @Override
    public Outcome<PlacedOrder> cancelOrder(long accountId, long orderId) {
      accounts.add(accountId);
      return super.cancelOrder(accountId, orderId);
    }

    @Override
    public Outcome<PlacedOrder> modifyInstance(ModifyInstanceCommand command) {
      accounts.add(command.getAccountId());
      return super.modifyInstance(command);
    }

    @Override
    public Outcome<PlacedOrder> renewChangeInstance(RenewChangeInstanceCommand command) {
      accounts.add(command.getAccountId());
      return super.renewChangeInstance(command);
    }

    /** Refuses an order waiting for another reseller with a message of its own: the gateway must not pass it on. */
    @Override
    public Outcome<PlacedOrder> approveOrder(ApproveOrderCommand command) {
      Long waitsFor = pendingApproval.get(command.getOrderId());
      if (waitsFor == null) {
        return Outcome.rejected(OrderErrors.ORDER_NOT_FOUND, "no order " + command.getOrderId());
      }
      if (waitsFor != command.getResellerId()) {
        return Outcome.rejected(OrderErrors.ORDER_NOT_FOUND, "order " + command.getOrderId() + " is reseller " + waitsFor + "'s");
      }
      return super.approveOrder(command);
    }
  }

  /** The fake instance service, recording the account of every call. */
  class RecordingInstances extends FakeInstanceService {
    @Override
    public Outcome<InstanceView> getInstance(long accountId, String instanceId) {
      accounts.add(accountId);
      return super.getInstance(accountId, instanceId);
    }

    @Override
    public Outcome<Page<InstanceView>> queryInstances(InstanceQuery query) {
      accounts.add(query.getAccountId());
      return super.queryInstances(query);
    }

    @Override
    public Outcome<Integer> setRenewal(long accountId, List<String> instanceIds, String renewStatus, Integer renewPeriod,
        String renewPeriodUnit) {
      accounts.add(accountId);
      return super.setRenewal(accountId, instanceIds, renewStatus, renewPeriod, renewPeriodUnit);
    }

    @Override
    public Outcome<Integer> releasePayAsYouGo(long accountId, List<String> instanceIds) {
      accounts.add(accountId);
      return super.releasePayAsYouGo(accountId, instanceIds);
    }
  }
}
