package io.cloudtrade.monitoringagent;

import io.cloudtrade.kernel.BusinessField;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import java.io.Serializable;

/** Argument and result classes as the contracts have them. */
public final class Fixtures {
  private Fixtures() {}

  public enum OrderType { NEW, RENEW }

  /** A request with four business fields and one that is not. */
  public static class PlaceOrder implements Serializable {
    @BusinessField("requestId") private final String requestId;
    @BusinessField("accountId") private final long accountId;
    @BusinessField(BusinessField.PRODUCT_CODE) private final String productCode;
    @BusinessField("orderType") private final OrderType orderType;
    @BusinessField("amount") private final Money amount;
    private final String secret = "not-logged";

    public PlaceOrder(String requestId, long accountId, String productCode, OrderType orderType, Money amount) {
      this.requestId = requestId;
      this.accountId = accountId;
      this.productCode = productCode;
      this.orderType = orderType;
      this.amount = amount;
    }
  }

  /** Inherits the fields of its superclass and adds one. */
  public static class PlaceOrderWithCoupon extends PlaceOrder {
    @BusinessField("couponId") private final String couponId;

    public PlaceOrderWithCoupon(String requestId, String couponId) {
      super(requestId, 7, "ecs", OrderType.NEW, Money.of("1.00", "CNY"));
      this.couponId = couponId;
    }
  }

  public record OrderPlaced(@BusinessField("orderId") long orderId, String note) implements Serializable {}

  public interface OrderService {
    Outcome<OrderPlaced> placeOrder(PlaceOrder request);
  }

  public static PlaceOrder anOrder() {
    return new PlaceOrder("r-42", 1001, "ecs", OrderType.NEW, Money.of("361.00", "CNY"));
  }
}
