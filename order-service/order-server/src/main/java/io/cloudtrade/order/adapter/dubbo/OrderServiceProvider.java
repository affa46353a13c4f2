package io.cloudtrade.order.adapter.dubbo;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.order.api.CreateInstanceCommand;
import io.cloudtrade.order.api.OrderDetail;
import io.cloudtrade.order.api.OrderQuery;
import io.cloudtrade.order.api.OrderService;
import io.cloudtrade.order.api.PlacedOrder;
import io.cloudtrade.order.api.RenewalPrice;
import io.cloudtrade.order.api.ModifyInstanceCommand;
import io.cloudtrade.order.api.RefundInstanceCommand;
import io.cloudtrade.order.api.RefundPrice;
import io.cloudtrade.order.api.ApproveOrderCommand;
import io.cloudtrade.order.application.ApproveOrder;
import io.cloudtrade.order.application.CancelUnpaidOrders;
import io.cloudtrade.order.application.ChangeInstance;
import io.cloudtrade.order.application.PlaceOrder;
import io.cloudtrade.order.application.RefundInstance;
import io.cloudtrade.order.application.RenewChangeInstance;
import io.cloudtrade.order.application.PayByChannel;
import io.cloudtrade.order.api.OrderChannelPayment;
import io.cloudtrade.order.api.PayByChannelCommand;
import io.cloudtrade.order.api.RenewChangeInstanceCommand;
import io.cloudtrade.order.application.PriceRenewal;
import io.cloudtrade.order.application.RenewInstance;
import io.cloudtrade.order.api.RenewInstanceCommand;
import io.cloudtrade.order.application.QueryOrders;
import org.apache.dubbo.config.annotation.DubboService;

/** Exports {@link OrderService} over Dubbo. */
@DubboService
public class OrderServiceProvider implements OrderService {
  private final PlaceOrder placeOrder;
  private final QueryOrders queryOrders;
  private final PriceRenewal priceRenewal;
  private final RenewInstance renewInstance;
  private final ChangeInstance changeInstance;
  private final RefundInstance refundInstance;
  private final CancelUnpaidOrders cancelOrders;
  private final RenewChangeInstance renewChangeInstance;
  private final PayByChannel payByChannel;
  private final ApproveOrder approveOrder;

  public OrderServiceProvider(PlaceOrder placeOrder, QueryOrders queryOrders, PriceRenewal priceRenewal,
      RenewInstance renewInstance, ChangeInstance changeInstance, RefundInstance refundInstance,
      CancelUnpaidOrders cancelOrders, RenewChangeInstance renewChangeInstance, PayByChannel payByChannel,
      ApproveOrder approveOrder) {
    this.approveOrder = approveOrder;
    this.payByChannel = payByChannel;
    this.renewChangeInstance = renewChangeInstance;
    this.changeInstance = changeInstance;
    this.refundInstance = refundInstance;
    this.cancelOrders = cancelOrders;
    this.placeOrder = placeOrder;
    this.queryOrders = queryOrders;
    this.priceRenewal = priceRenewal;
    this.renewInstance = renewInstance;
  }

  @Override
  public Outcome<PlacedOrder> renewInstance(RenewInstanceCommand command) {
    return renewInstance.renewInstance(command);
  }

  @Override
  public Outcome<RenewalPrice> priceRenewal(long accountId, String instanceId, int period, String periodUnit) {
    return priceRenewal.priceRenewal(accountId, instanceId, period, periodUnit);
  }

  @Override
  public Outcome<PlacedOrder> createInstance(CreateInstanceCommand command) {
    return placeOrder.createInstance(command);
  }

  @Override
  public Outcome<PlacedOrder> payOrder(long accountId, long orderId) {
    return placeOrder.payOrder(accountId, orderId);
  }

  @Override
  public Outcome<OrderDetail> getOrder(long accountId, long orderId) {
    return queryOrders.getOrder(accountId, orderId);
  }

  @Override
  public Outcome<Page<OrderDetail>> queryOrders(OrderQuery query) {
    return queryOrders.queryOrders(query);
  }

  @Override
  public Outcome<PlacedOrder> modifyInstance(ModifyInstanceCommand command) {
    return changeInstance.modifyInstance(command);
  }

  @Override
  public Outcome<RefundPrice> priceRefund(long accountId, String instanceId) {
    return refundInstance.priceRefund(accountId, instanceId);
  }

  @Override
  public Outcome<PlacedOrder> refundInstance(RefundInstanceCommand command) {
    return refundInstance.refundInstance(command);
  }

  @Override
  public Outcome<PlacedOrder> cancelOrder(long accountId, long orderId) {
    return cancelOrders.cancelOrder(accountId, orderId);
  }

  @Override
  public Outcome<PlacedOrder> renewChangeInstance(RenewChangeInstanceCommand command) {
    return renewChangeInstance.renewChangeInstance(command);
  }

  @Override
  public Outcome<OrderChannelPayment> payOrderByChannel(PayByChannelCommand command) {
    return payByChannel.start(command);
  }

  @Override
  public Outcome<PlacedOrder> approveOrder(ApproveOrderCommand command) {
    return approveOrder.approveOrder(command);
  }
}
