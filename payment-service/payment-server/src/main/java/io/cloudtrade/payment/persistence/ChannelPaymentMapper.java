package io.cloudtrade.payment.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Channel payments. SQL in ChannelPaymentMapper.xml. */
@Mapper
public interface ChannelPaymentMapper {
  int insert(ChannelPaymentRow row);

  ChannelPaymentRow find(@Param("paymentId") long paymentId);

  /** Sets what the channel answered when the payment was started (QR code, its trade number). */
  int recordStart(@Param("paymentId") long paymentId, @Param("qrCode") String qrCode,
      @Param("channelTradeNo") String channelTradeNo, @Param("now") Instant now);

  /**
   * The conditional update of a state change: 0 when the payment was not in {@code from}.
   *
   * @param paidAt set when it becomes Succeeded
   */
  int transition(@Param("paymentId") long paymentId, @Param("from") String from, @Param("to") String to,
      @Param("channelTradeNo") String channelTradeNo, @Param("paidAt") Instant paidAt, @Param("reason") String reason,
      @Param("now") Instant now);

  /** Open payments (Pending, WaitingForUser) created before {@code before}, oldest first: the janitor's work. */
  List<ChannelPaymentRow> findOpen(@Param("before") Instant before, @Param("limit") int limit);

  /** The account's payments, newest first (created_at, then payment_id): one page. */
  List<ChannelPaymentRow> findByAccount(@Param("accountId") long accountId, @Param("offset") long offset,
      @Param("limit") int limit);

  long countByAccount(@Param("accountId") long accountId);
}
