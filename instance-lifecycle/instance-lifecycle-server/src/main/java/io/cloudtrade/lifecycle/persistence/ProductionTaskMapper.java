package io.cloudtrade.lifecycle.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Production notifications sent and their acknowledgements. SQL in ProductionTaskMapper.xml. */
@Mapper
public interface ProductionTaskMapper {
  /** Throws DuplicateKeyException when the instance already has this attempt. */
  int insert(ProductionTaskRow row);

  ProductionTaskRow find(@Param("notificationId") String notificationId);

  /** Every attempt of an instance, first first. */
  List<ProductionTaskRow> findByInstance(@Param("instanceId") String instanceId);

  /** Every attempt with {@code action} for an order, first first. */
  List<ProductionTaskRow> findByOrder(@Param("orderId") long orderId, @Param("action") String action);

  /** The instance's highest attempt number, 0 when it has none. */
  int lastAttempt(@Param("instanceId") String instanceId);

  /**
   * Records an acknowledgement on the instance's open tasks: only {@code notificationId} when it is
   * given, else all of them. Tasks already acknowledged keep their first outcome.
   */
  int markAcked(@Param("instanceId") String instanceId, @Param("notificationId") String notificationId,
      @Param("outcome") String outcome, @Param("ackedAt") Instant ackedAt);

  /** Records an acknowledgement of one task; 0 when it was acknowledged already (it keeps its first outcome). */
  int markTaskAcked(@Param("notificationId") String notificationId, @Param("outcome") String outcome,
      @Param("reason") String reason, @Param("ackedAt") Instant ackedAt);

  /** Unacknowledged lifecycle actions (STOP, START, RELEASE at expiry) due at {@code now}, earliest first. */
  List<ProductionTaskRow> findDue(@Param("now") Instant now, @Param("limit") int limit);

  /**
   * Claims a re-send: one more re-send, next due at {@code dueAt}; 0 when it was acknowledged, or
   * its due time or re-send count moved on (another node claimed it).
   */
  int claimResend(@Param("notificationId") String notificationId, @Param("expectedDueAt") Instant expectedDueAt,
      @Param("expectedResends") int expectedResends, @Param("dueAt") Instant dueAt, @Param("now") Instant now);

  /** Its attempts are spent: no longer due, stuck since {@code now}; 0 when acknowledged or claimed meanwhile. */
  int markStuck(@Param("notificationId") String notificationId, @Param("expectedDueAt") Instant expectedDueAt,
      @Param("now") Instant now);

  /** Due at {@code dueAt} instead (null: no longer due, it is moot); 0 when its due time moved on. */
  int reschedule(@Param("notificationId") String notificationId, @Param("expectedDueAt") Instant expectedDueAt,
      @Param("dueAt") Instant dueAt);

  /** The instance's unacknowledged tasks are no longer sent again nor stuck: a later action replaces them. */
  int supersede(@Param("instanceId") String instanceId);

  /**
   * An operator's retry of a stuck action: re-sends counted from zero, due at {@code dueAt}; 0 when
   * it is no longer stuck since {@code expectedStuckAt}.
   */
  int rearm(@Param("notificationId") String notificationId, @Param("expectedStuckAt") Instant expectedStuckAt,
      @Param("dueAt") Instant dueAt, @Param("now") Instant now);
}
