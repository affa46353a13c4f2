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

  /**
   * The janitor's work: open payments (Pending, WaitingForUser) whose next check is due at {@code now}
   * and that were created before {@code bornBefore}, the most overdue first; {@code nextCheckAt} is set.
   */
  List<ChannelPaymentRow> findDue(@Param("now") Instant now, @Param("bornBefore") Instant bornBefore, @Param("limit") int limit);

  /**
   * Claims the check of an open payment by moving its next check from {@code seen} to {@code next}: 0
   * when another node claimed it first (or it is no longer open).
   */
  int claimCheck(@Param("paymentId") long paymentId, @Param("seen") Instant seen, @Param("next") Instant next);

  /** The account's payments, newest first (created_at, then payment_id): one page. */
  List<ChannelPaymentRow> findByAccount(@Param("accountId") long accountId, @Param("offset") long offset,
      @Param("limit") int limit);

  long countByAccount(@Param("accountId") long accountId);
}
