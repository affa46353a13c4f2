package io.cloudtrade.payment.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Refunds of channel payments. SQL in ChannelRefundMapper.xml. */
@Mapper
public interface ChannelRefundMapper {
  /** Throws DuplicateKeyException when (payment, request no) exists. */
  int insert(ChannelRefundRow row);

  ChannelRefundRow find(@Param("paymentId") long paymentId, @Param("requestNo") String requestNo);

  /** What the payment's refunds not failed add up to. */
  long committedMinor(@Param("paymentId") long paymentId);

  /** Locks the payment's row for the rest of the transaction (refunds of one payment one at a time). */
  Long lockPayment(@Param("paymentId") long paymentId);

  int settle(@Param("refundId") long refundId, @Param("from") String from, @Param("to") String to,
      @Param("failureReason") String failureReason, @Param("now") Instant now);

  /** The refunds of the account's payments, newest first (created_at, then refund_id), with their payment's order and channel. */
  List<ChannelRefundOfPaymentRow> findByAccount(@Param("accountId") long accountId, @Param("offset") long offset,
      @Param("limit") int limit);

  long countByAccount(@Param("accountId") long accountId);
}
