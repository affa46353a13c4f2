package io.cloudtrade.order.api;

import io.cloudtrade.kernel.BusinessField;
import io.cloudtrade.kernel.Money;
import java.io.Serial;
import java.io.Serializable;

/** The result of placing (and paying) an order; replayed unchanged for the same ClientToken. */
public class PlacedOrder implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @BusinessField("orderId")
  private long orderId;
  /** the instance the order creates or changes */
  @BusinessField("instanceId")
  private String instanceId;
  /** order status, see {@link OrderStatus} */
  private String status;
  /** the amount agreed */
  @BusinessField("amount")
  private Money amount;

  public long getOrderId() {
    return orderId;
  }

  public PlacedOrder setOrderId(long orderId) {
    this.orderId = orderId;
    return this;
  }

  public String getInstanceId() {
    return instanceId;
  }

  public PlacedOrder setInstanceId(String instanceId) {
    this.instanceId = instanceId;
    return this;
  }

  public String getStatus() {
    return status;
  }

  public PlacedOrder setStatus(String status) {
    this.status = status;
    return this;
  }

  public Money getAmount() {
    return amount;
  }

  public PlacedOrder setAmount(Money amount) {
    this.amount = amount;
    return this;
  }

  @Override
  public String toString() {
    return "PlacedOrder{" + "orderId=" + orderId + ", " + "instanceId=" + instanceId + ", " + "status=" + status + ", " + "amount=" + amount + "}";
  }
}
