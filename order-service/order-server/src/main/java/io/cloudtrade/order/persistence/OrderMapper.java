package io.cloudtrade.order.persistence;

import io.cloudtrade.order.api.OrderQuery;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Orders. SQL in OrderMapper.xml. */
@Mapper
public interface OrderMapper {
  /** Throws DuplicateKeyException when (account, client token) exists: the idempotency key. */
  int insert(OrderRow row);

  OrderRow find(@Param("orderId") long orderId);

  /** The paid new-purchase order that bought an instance of this account, or null. */
  OrderRow findPurchaseOfInstance(@Param("accountId") long accountId, @Param("instanceId") String instanceId);

  OrderRow findByClientToken(@Param("accountId") long accountId, @Param("clientToken") String clientToken);

  /** The conditional update of a state change: returns 0 if the order was not in {@code from}. */
  int transition(@Param("orderId") long orderId, @Param("from") String from, @Param("to") String to,
      @Param("paidAt") Instant paidAt, @Param("reason") String reason, @Param("now") Instant now);

  /**
   * Unpaid -> Paying for a channel payment that succeeded, recording which (the Paying claim of
   * OrderState, with the payment it is for); 0 if the order was not Unpaid.
   */
  int claimForChannelPayment(@Param("orderId") long orderId, @Param("paymentId") long paymentId, @Param("now") Instant now);

  /** The instance's orders whose money was taken and not given back (Paid, Delivering, Delivered), oldest first. */
  List<OrderRow> findPaidOfInstance(@Param("accountId") long accountId, @Param("instanceId") String instanceId);

  /** @param statuses the wire statuses to keep (from the query's payment status), or null for all */
  List<OrderRow> query(@Param("q") OrderQuery query, @Param("statuses") List<String> statuses, @Param("offset") long offset);

  long count(@Param("q") OrderQuery query, @Param("statuses") List<String> statuses);
}
