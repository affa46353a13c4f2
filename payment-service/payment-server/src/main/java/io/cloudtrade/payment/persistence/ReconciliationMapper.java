package io.cloudtrade.payment.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Reconciliation runs and their differences, and the reads of channel payments and refunds the
 * reconciliation needs. SQL in ReconciliationMapper.xml.
 */
@Mapper
public interface ReconciliationMapper {
  /** The claim on a day: throws DuplicateKeyException when the (channel, day) row exists. */
  int insertRun(ReconciliationRunRow row);

  ReconciliationRunRow findRun(@Param("channel") String channel, @Param("billDay") LocalDate billDay);

  /** Takes the day over for a new attempt from the state and attempt it was seen in: 0 when it moved meanwhile. */
  int takeOver(@Param("channel") String channel, @Param("billDay") LocalDate billDay, @Param("fromStatus") String fromStatus,
      @Param("fromAttempt") long fromAttempt, @Param("attempt") long attempt, @Param("now") Instant now);

  /** Locks the day's run row for the rest of the transaction; its current attempt, or null when there is no row. */
  Long lockRun(@Param("channel") String channel, @Param("billDay") LocalDate billDay);

  /** Stores the counts of a finished report: 0 when {@code attempt} is no longer the running one. */
  int finishRun(@Param("row") ReconciliationRunRow row);

  /** Records why an attempt failed: 0 when it is no longer the running one. */
  int failRun(@Param("channel") String channel, @Param("billDay") LocalDate billDay, @Param("attempt") long attempt,
      @Param("reason") String reason, @Param("now") Instant now);

  int deleteDifferences(@Param("channel") String channel, @Param("billDay") LocalDate billDay);

  int insertDifferences(@Param("rows") List<ReconciliationDifferenceRow> rows);

  /** The stored differences of a day, in the order they were found. */
  List<ReconciliationDifferenceRow> findDifferences(@Param("channel") String channel, @Param("billDay") LocalDate billDay);

  /** The channel's succeeded payments with paid_at in [from, to). */
  List<ChannelPaymentRow> succeededPayments(@Param("channel") String channel, @Param("from") Instant from, @Param("to") Instant to);

  /** The succeeded refunds of the channel's payments settled (updated_at) in [from, to). */
  List<ChannelRefundRow> succeededRefunds(@Param("channel") String channel, @Param("from") Instant from, @Param("to") Instant to);

  /** The payments of these ids, whatever their channel, status or date. */
  List<ChannelPaymentRow> findPayments(@Param("ids") Collection<Long> paymentIds);

  /** Every refund of these payments. */
  List<ChannelRefundRow> findRefunds(@Param("ids") Collection<Long> paymentIds);
}
