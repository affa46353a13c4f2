package io.cloudtrade.order.application;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.kernel.PageRequest;
import io.cloudtrade.order.api.OrderDetail;
import io.cloudtrade.order.api.OrderErrors;
import io.cloudtrade.order.api.OrderQuery;
import io.cloudtrade.order.domain.OrderState;
import io.cloudtrade.order.persistence.ConfigJson;
import io.cloudtrade.order.persistence.OrderMapper;
import io.cloudtrade.order.persistence.OrderRow;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reads orders for their account. */
@Service
public class QueryOrders {
  private final OrderMapper orders;

  public QueryOrders(OrderMapper orders) {
    this.orders = orders;
  }

  public Outcome<OrderDetail> getOrder(long accountId, long orderId) {
    OrderRow o = orders.find(orderId);
    if (o == null || o.accountId != accountId) {
      return Outcome.rejected(OrderErrors.ORDER_NOT_FOUND, "order " + orderId + " does not exist");
    }
    return Outcome.ok(detail(o));
  }

  public Outcome<Page<OrderDetail>> queryOrders(OrderQuery q) {
    PageRequest page;
    try {
      page = PageRequest.of(q.getPageNum() == 0 ? null : q.getPageNum(), q.getPageSize() == 0 ? null : q.getPageSize());
    } catch (IllegalArgumentException e) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, e.getMessage());
    }
    OrderQuery bounded = new OrderQuery()
        .setAccountId(q.getAccountId())
        .setCreateTimeStart(q.getCreateTimeStart())
        .setCreateTimeEnd(q.getCreateTimeEnd())
        .setProductCode(q.getProductCode())
        .setOrderType(q.getOrderType())
        .setPaymentStatus(q.getPaymentStatus())
        .setPageNum(page.pageNum())
        .setPageSize(page.pageSize());
    List<String> statuses = q.getPaymentStatus() == null ? null : OrderState.withPaymentStatus(q.getPaymentStatus());
    if (statuses != null && statuses.isEmpty()) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "PaymentStatus must be Unpaid, Paid or Cancelled");
    }
    long total = orders.count(bounded, statuses);
    List<OrderDetail> items = total == 0 ? List.of() : orders.query(bounded, statuses, page.offset()).stream().map(QueryOrders::detail).toList();
    return Outcome.ok(new Page<>(page.pageNum(), page.pageSize(), total, items));
  }

  static OrderDetail detail(OrderRow o) {
    return new OrderDetail()
        .setOrderId(o.orderId)
        .setAccountId(o.accountId)
        .setOrderType(o.orderType)
        .setStatus(o.status)
        .setPaymentStatus(OrderState.ofWire(o.status).paymentStatus())
        .setProductCode(o.productCode)
        .setProductType(o.productType)
        .setSubscriptionType(o.subscriptionType)
        .setRegion(o.region)
        .setInstanceId(o.instanceId)
        .setPeriod(o.period)
        .setPeriodUnit(o.periodUnit)
        .setConfig(ConfigJson.read(o.configJson))
        .setCatalogVersion(o.catalogVersion)
        .setListPrice(Money.ofMinor(o.listPriceMinor, o.currency))
        .setDiscount(Money.ofMinor(o.discountMinor, o.currency))
        .setAmount(Money.ofMinor(o.amountMinor, o.currency))
        .setCreateTime(o.createdAt)
        .setPaymentTime(o.paidAt)
        .setFailureReason(o.failureReason)
        .setWindowStart(o.windowStart)
        .setWindowEnd(o.windowEnd)
        .setFlow(o.flow)
        .setRefundAmount(o.refundMinor == null ? null : Money.ofMinor(o.refundMinor, o.currency))
        .setRuleVersion(o.ruleVersion)
        .setPayerAccountId(o.payerAccountId)
        .setResellerId(o.resellerId)
        .setCustomerPrice(o.customerPriceMinor == null ? null : Money.ofMinor(o.customerPriceMinor, o.currency))
        .setResellerEarning(o.resellerEarningMinor == null ? null : Money.ofMinor(o.resellerEarningMinor, o.currency))
        .setSeller(o.seller);
  }
}
