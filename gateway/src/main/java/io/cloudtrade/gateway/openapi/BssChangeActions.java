package io.cloudtrade.gateway.openapi;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.lifecycle.api.InstanceQuery;
import io.cloudtrade.lifecycle.api.InstanceService;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.order.api.ModifyInstanceCommand;
import io.cloudtrade.order.api.RenewChangeInstanceCommand;
import io.cloudtrade.order.api.OrderService;
import io.cloudtrade.order.api.PlacedOrder;
import io.cloudtrade.order.api.RefundInstanceCommand;
import io.cloudtrade.order.api.RefundPrice;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The BSS actions that change what was bought: ModifyInstance, RefundInstance,
 * InquiryPriceRefundInstance, CancelOrder and SetRenewal. Parameters and {@code Data} fields carry
 * the names the official SDK's models read ({@code @NameInMap}); every change is paid from (or
 * refunded to) the balance at once.
 *
 * <p><b>Extension</b> (not in BSS): ModifyInstance also takes {@code ModifyType=TemporaryUpgrade},
 * a higher specification for a window only, with {@code TemporaryEndTime} (required) and {@code
 * TemporaryStartTime} (optional, default now), both ISO-8601 UTC such as {@code
 * 2026-11-25T10:00:00Z}; the instance reverts by itself at the end of the window.
 */
@Component
public class BssChangeActions {
  /** What {@code HostId} answers: the site that handled the request. */
  static final String HOST_ID = "cloudtrade";
  static final List<String> MODIFY_TYPES = List.of("Upgrade", "Downgrade", "TemporaryUpgrade");
  static final List<String> RENEWAL_STATUSES = List.of("AutoRenewal", "ManualRenewal", "NotRenewal");
  /** SetRenewal takes at most this many InstanceIDs, as BSS does. */
  static final int MAX_INSTANCE_IDS = 100;

  private final OrderService orders;
  private final InstanceService instances;

  public BssChangeActions(OrderService orders, InstanceService instances) {
    this.orders = orders;
    this.instances = instances;
  }

  /**
   * ModifyInstance: Upgrade, Downgrade or (extension) TemporaryUpgrade of one instance, the
   * attributes to change in Parameter.N.Code / Parameter.N.Value. Data {@code {OrderId, HostId}}.
   */
  Object modifyInstance(long account, BssParameters p) {
    ModifyInstanceCommand c = modifyCommand(account, p);
    requireInstanceOf(account, c.getInstanceId(), p);
    PlacedOrder placed = BssActions.value(orders.modifyInstance(c));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("OrderId", Long.toString(placed.getOrderId())); // a string in ModifyInstanceResponseBodyData
    data.put("HostId", HOST_ID);
    return data;
  }

  /** Reads and checks ModifyInstance's parameters into the order service's command (payNow). */
  static ModifyInstanceCommand modifyCommand(long account, BssParameters p) {
    p.required("ProductCode");
    subscriptionType(p.required("SubscriptionType"));
    String instanceId = p.required("InstanceId");
    String modifyType = p.required("ModifyType");
    if (!MODIFY_TYPES.contains(modifyType)) {
      throw invalid("ModifyType must be one of " + String.join(", ", MODIFY_TYPES) + ", got " + modifyType);
    }
    Instant start = p.time("TemporaryStartTime");
    Instant end = p.time("TemporaryEndTime");
    if ("TemporaryUpgrade".equals(modifyType)) {
      if (end == null) {
        throw new BssException(400, CommonErrors.MISSING_PARAMETER, "the parameter TemporaryEndTime is required for a TemporaryUpgrade");
      }
      if (start != null && !end.isAfter(start)) {
        throw invalid("TemporaryEndTime must be after TemporaryStartTime");
      }
    } else if (start != null || end != null) {
      throw invalid("TemporaryStartTime and TemporaryEndTime are only for ModifyType TemporaryUpgrade");
    }
    Map<String, String> config = changedAttributes(p);
    return new ModifyInstanceCommand()
        .setAccountId(account)
        .setClientToken(p.text("ClientToken"))
        .setInstanceId(instanceId)
        .setModifyType(modifyType)
        .setConfig(new HashMap<>(config))
        .setWindowStart(start)
        .setWindowEnd(end)
        .setPayNow(true);
  }

  /** Parameter.N.Code / Parameter.N.Value: the attributes to change, at least one, each with a value. */
  static Map<String, String> changedAttributes(BssParameters p) {
    Map<String, String> config = p.pairs("Parameter", "Code", "Value");
    if (config.isEmpty()) {
      throw new BssException(400, CommonErrors.MISSING_PARAMETER, "the parameter Parameter.1.Code is required: name at least one attribute to change");
    }
    config.forEach((code, value) -> {
      if (value == null || value.isEmpty()) {
        throw new BssException(400, CommonErrors.MISSING_PARAMETER, "the Parameter.N.Value of " + code + " is required");
      }
    });
    return config;
  }

  /**
   * RenewChangeInstance: renews the instance for RenewPeriod months and changes the attributes in
   * Parameter.N from the start of the renewed period. Data {@code {OrderId, HostId}}.
   */
  Object renewChangeInstance(long account, BssParameters p) {
    String instanceId = p.required("InstanceId");
    Integer months = p.integer("RenewPeriod");
    if (months == null) {
      throw new BssException(400, CommonErrors.MISSING_PARAMETER, "the parameter RenewPeriod is required");
    }
    Map<String, String> config = changedAttributes(p);
    requireInstanceOf(account, instanceId, p);
    PlacedOrder placed = BssActions.value(orders.renewChangeInstance(new RenewChangeInstanceCommand()
        .setAccountId(account)
        .setClientToken(p.text("ClientToken"))
        .setInstanceId(instanceId)
        .setRenewPeriod(months)
        .setConfig(new HashMap<>(config))
        .setPayNow(true)));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("OrderId", Long.toString(placed.getOrderId())); // a string in RenewChangeInstanceResponseBodyData
    data.put("HostId", HOST_ID);
    return data;
  }

  /**
   * RefundInstance: unsubscribes the instance; the prorated rest goes back to the balance.
   * ImmediatelyRelease is accepted and has no effect: the instance is always released at once. Data
   * {@code {OrderId, HostId}}, OrderId a number as the SDK reads it.
   */
  Object refundInstance(long account, BssParameters p) {
    String instanceId = p.required("InstanceId");
    requireInstanceOf(account, instanceId, p);
    PlacedOrder placed = BssActions.value(orders.refundInstance(new RefundInstanceCommand()
        .setAccountId(account)
        .setClientToken(p.text("ClientToken"))
        .setInstanceId(instanceId)));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("OrderId", placed.getOrderId()); // a Long in RefundInstanceResponseBodyData
    data.put("HostId", HOST_ID);
    return data;
  }

  /** InquiryPriceRefundInstance: what RefundInstance would give back now. Data {@code {InstanceId, RefundAmount, Currency, HostId}}. */
  Object inquiryPriceRefundInstance(long account, BssParameters p) {
    String instanceId = p.required("InstanceId");
    requireInstanceOf(account, instanceId, p);
    RefundPrice r = BssActions.value(orders.priceRefund(account, instanceId));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("InstanceId", r.getInstanceId() == null ? instanceId : r.getInstanceId());
    data.put("RefundAmount", refundAmount(r.getRefund()));
    data.put("Currency", r.getRefund().currency());
    data.put("HostId", HOST_ID);
    return data;
  }

  /**
   * RefundAmount as the SDK reads it (a Double): a JSON decimal number made from the minor units and
   * the scale, never through a double, so {@code 12.30} is written as {@code 12.30}.
   */
  static BigDecimal refundAmount(Money m) {
    return BigDecimal.valueOf(m.minor(), Money.SCALE);
  }

  /**
   * CancelOrder: cancels an unpaid order. Data {@code {HostId}} as CancelOrderResponseBodyData
   * reads it, plus OrderId (which the SDK ignores).
   */
  Object cancelOrder(long account, BssParameters p) {
    Long orderId = p.longValue("OrderId");
    if (orderId == null) {
      throw new BssException(400, CommonErrors.MISSING_PARAMETER, "the parameter OrderId is required");
    }
    PlacedOrder cancelled = BssActions.value(orders.cancelOrder(account, orderId));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("OrderId", Long.toString(cancelled.getOrderId()));
    data.put("HostId", HOST_ID);
    return data;
  }

  /**
   * SetRenewal: how the instances in InstanceIDs (comma-separated) renew. RenewalPeriodUnit is
   * {@code M} (Month, the default) or {@code Y} (Year); RenewalPeriod is required for AutoRenewal and
   * ignored otherwise. All instances or none. SetRenewalResponseBody has no Data: answers null.
   */
  Object setRenewal(long account, BssParameters p) {
    RenewalChange change = renewalChange(p);
    requireProduct(account, p.required("ProductCode"), change.instanceIds());
    // ids not found are the service's to reject (InstanceNotFound), all or none
    BssActions.value(instances.setRenewal(account, change.instanceIds(), change.renewStatus(), change.renewPeriod(), change.renewPeriodUnit()));
    return null;
  }

  /**
   * ReleaseInstance: releases pay-as-you-go instances (InstanceIds, comma-separated, all or none);
   * a subscription is refused (InstanceNotPayAsYouGo), so is SubscriptionType Subscription. Data:
   * HostId and ReleaseResult.
   */
  Object releaseInstance(long account, BssParameters p) {
    List<String> ids = instanceIds(p.required("InstanceIds"), "InstanceIds");
    String type = p.text("SubscriptionType");
    if (type != null && !"PayAsYouGo".equals(type)) {
      throw invalid("SubscriptionType must be PayAsYouGo: only pay-as-you-go instances are released (a subscription is"
          + " refunded with RefundInstance)");
    }
    requireProduct(account, p.required("ProductCode"), ids);
    BssActions.value(instances.releasePayAsYouGo(account, ids));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("HostId", "cloudtrade");
    data.put("ReleaseResult", true);
    return data;
  }

  /** Every instance found among {@code ids} is a {@code productCode}; unknown ids are left to the service. */
  private void requireProduct(long account, String productCode, List<String> ids) {
    Page<InstanceView> found = BssActions.value(instances.queryInstances(new InstanceQuery()
        .setAccountId(account)
        .setInstanceIds(ids)
        .setPageNum(1)
        .setPageSize(ids.size())));
    for (InstanceView i : found.items()) {
      if (!productCode.equals(i.getProductCode())) {
        throw invalid("instance " + i.getInstanceId() + " is a " + i.getProductCode() + ", not a " + productCode);
      }
    }
  }

  /** SetRenewal's parameters as InstanceService.setRenewal takes them. */
  record RenewalChange(List<String> instanceIds, String renewStatus, Integer renewPeriod, String renewPeriodUnit) {}

  /** Comma-separated instance ids, distinct, at least one and at most {@value #MAX_INSTANCE_IDS}. */
  static List<String> instanceIds(String raw, String name) {
    Set<String> ids = new LinkedHashSet<>();
    for (String id : raw.split(",")) {
      if (!id.isBlank()) {
        ids.add(id.trim());
      }
    }
    if (ids.isEmpty()) {
      throw invalid(name + " must name at least one instance, separated by commas");
    }
    if (ids.size() > MAX_INSTANCE_IDS) {
      throw invalid(name + " names " + ids.size() + " instances; at most " + MAX_INSTANCE_IDS + " are allowed");
    }
    return List.copyOf(ids);
  }

  static RenewalChange renewalChange(BssParameters p) {
    List<String> ids = instanceIds(p.required("InstanceIDs"), "InstanceIDs");
    String status = p.required("RenewalStatus");
    if (!RENEWAL_STATUSES.contains(status)) {
      throw invalid("RenewalStatus must be one of " + String.join(", ", RENEWAL_STATUSES) + ", got " + status);
    }
    String type = p.text("SubscriptionType");
    if (type != null && !"Subscription".equals(type)) {
      throw invalid("SubscriptionType must be Subscription: only subscriptions renew");
    }
    Integer period = p.integer("RenewalPeriod");
    if (period != null && period < 1) {
      throw invalid("RenewalPeriod must be at least 1");
    }
    String unit = periodUnit(p.text("RenewalPeriodUnit"));
    if (!"AutoRenewal".equals(status)) {
      return new RenewalChange(new ArrayList<>(ids), status, null, null);
    }
    if (period == null) {
      throw new BssException(400, CommonErrors.MISSING_PARAMETER, "the parameter RenewalPeriod is required for AutoRenewal");
    }
    return new RenewalChange(new ArrayList<>(ids), status, period, unit == null ? "Month" : unit);
  }

  /** BSS's {@code M} and {@code Y} (the spelled-out Month and Year are accepted too); null stays null. */
  static String periodUnit(String bss) {
    if (bss == null) {
      return null;
    }
    return switch (bss) {
      case "M", "Month" -> "Month";
      case "Y", "Year" -> "Year";
      default -> throw invalid("RenewalPeriodUnit must be M or Y, got " + bss);
    };
  }

  /**
   * The instance, which must be the account's and of the ProductCode given (required) and, when
   * given, of the ProductType and SubscriptionType given.
   */
  private void requireInstanceOf(long account, String instanceId, BssParameters p) {
    String productCode = p.required("ProductCode");
    InstanceView instance = BssActions.value(instances.getInstance(account, instanceId));
    if (!productCode.equals(instance.getProductCode())) {
      throw invalid("instance " + instanceId + " is a " + instance.getProductCode() + ", not a " + productCode);
    }
    String productType = p.text("ProductType");
    if (productType != null && instance.getProductType() != null && !productType.equals(instance.getProductType())) {
      throw invalid("instance " + instanceId + " is of ProductType " + instance.getProductType() + ", not " + productType);
    }
    String subscriptionType = p.text("SubscriptionType");
    if (subscriptionType != null && instance.getSubscriptionType() != null && !subscriptionType.equals(instance.getSubscriptionType())) {
      throw invalid("instance " + instanceId + " is a " + instance.getSubscriptionType() + " instance, not " + subscriptionType);
    }
  }

  private static void subscriptionType(String s) {
    if (!"Subscription".equals(s) && !"PayAsYouGo".equals(s)) {
      throw invalid("SubscriptionType must be Subscription or PayAsYouGo, got " + s);
    }
  }

  private static BssException invalid(String message) {
    return new BssException(400, CommonErrors.INVALID_PARAMETER, message);
  }
}
