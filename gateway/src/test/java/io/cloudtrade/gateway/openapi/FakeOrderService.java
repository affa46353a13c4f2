package io.cloudtrade.gateway.openapi;

import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.order.api.CreateInstanceCommand;
import io.cloudtrade.order.api.ModifyInstanceCommand;
import io.cloudtrade.order.api.OrderChannelPayment;
import io.cloudtrade.order.api.OrderDetail;
import io.cloudtrade.order.api.OrderQuery;
import io.cloudtrade.order.api.OrderService;
import io.cloudtrade.order.api.OrderStatus;
import io.cloudtrade.order.api.PayByChannelCommand;
import io.cloudtrade.order.api.PlacedOrder;
import io.cloudtrade.order.api.RefundInstanceCommand;
import io.cloudtrade.order.api.RefundPrice;
import io.cloudtrade.order.api.RenewInstanceCommand;
import io.cloudtrade.order.api.RenewalPrice;
import java.util.ArrayList;
import java.util.List;

/** An in-memory OrderService that records what it was asked and answers what the test set. */
public class FakeOrderService implements OrderService {
  static final long ORDER_ID = 412_345_678_901_234_567L; // beyond a double's 53 bits on purpose

  public final List<Object> calls = new ArrayList<>();
  /** when set, every call is rejected with this code */
  public String rejectWith;
  /** what payOrderByChannel answers; when null, it refuses (not every test needs one) */
  public OrderChannelPayment channelPayment;
  Money refund = Money.ofMinor(1230, "CNY");
  OrderDetail order;

  @Override
  public Outcome<PlacedOrder> createInstance(CreateInstanceCommand command) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Outcome<PlacedOrder> payOrder(long accountId, long orderId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Outcome<OrderDetail> getOrder(long accountId, long orderId) {
    calls.add(orderId);
    return answer(order);
  }

  @Override
  public Outcome<PlacedOrder> renewInstance(RenewInstanceCommand command) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Outcome<RenewalPrice> priceRenewal(long accountId, String instanceId, int period, String periodUnit) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Outcome<Page<OrderDetail>> queryOrders(OrderQuery query) {
    calls.add(query);
    return answer(new Page<>(1, 20, 1, List.of(order)));
  }

  @Override
  public Outcome<OrderChannelPayment> payOrderByChannel(PayByChannelCommand command) {
    calls.add(command);
    return channelPayment == null ? Outcome.rejected("NotImplementedInTheFake", "fake") : answer(channelPayment);
  }

  @Override
  public Outcome<PlacedOrder> renewChangeInstance(io.cloudtrade.order.api.RenewChangeInstanceCommand command) {
    calls.add(command);
    return answer(placed(command.getInstanceId(), OrderStatus.PAID));
  }

  @Override
  public Outcome<PlacedOrder> modifyInstance(ModifyInstanceCommand command) {
    calls.add(command);
    return answer(placed(command.getInstanceId(), OrderStatus.PAID));
  }

  @Override
  public Outcome<RefundPrice> priceRefund(long accountId, String instanceId) {
    calls.add(instanceId);
    return answer(new RefundPrice().setInstanceId(instanceId).setRefund(refund).setPaid(Money.ofMinor(9900, "CNY")));
  }

  @Override
  public Outcome<PlacedOrder> refundInstance(RefundInstanceCommand command) {
    calls.add(command);
    return answer(placed(command.getInstanceId(), OrderStatus.REFUNDING));
  }

  @Override
  public Outcome<PlacedOrder> cancelOrder(long accountId, long orderId) {
    calls.add(orderId);
    return answer(new PlacedOrder().setOrderId(orderId).setStatus(OrderStatus.CANCELLED).setAmount(Money.ofMinor(100, "CNY")));
  }

  /** Approves (Paid) or rejects (Cancelled) the order named, unless {@link #rejectWith} is set. */
  @Override
  public Outcome<PlacedOrder> approveOrder(io.cloudtrade.order.api.ApproveOrderCommand command) {
    calls.add(command);
    return answer(new PlacedOrder().setOrderId(command.getOrderId()).setStatus(command.isApprove() ? OrderStatus.PAID : OrderStatus.CANCELLED)
        .setAmount(Money.ofMinor(500, "CNY")));
  }

  private static PlacedOrder placed(String instanceId, String status) {
    return new PlacedOrder().setOrderId(ORDER_ID).setInstanceId(instanceId).setStatus(status).setAmount(Money.ofMinor(500, "CNY"));
  }

  private <T extends java.io.Serializable> Outcome<T> answer(T value) {
    return rejectWith == null ? Outcome.ok(value) : Outcome.rejected(rejectWith, "rejected by the fake");
  }
}
