package io.cloudtrade.lifecycle.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The specification history of instances. SQL in InstanceSpecMapper.xml. */
@Mapper
public interface InstanceSpecMapper {
  /**
   * Sets {@code id}. Throws DuplicateKeyException when the order already made a version of this
   * kind, or the instance already has a live (not failed) version with this number.
   */
  int insert(InstanceSpecRow row);

  InstanceSpecRow find(@Param("id") long id);

  /** The version of this kind the order made, or null. */
  InstanceSpecRow findByOrder(@Param("orderId") long orderId, @Param("kind") String kind);

  /** The instance's live (not failed) version with this number, or null. */
  InstanceSpecRow findLive(@Param("instanceId") String instanceId, @Param("version") int version);

  /** The instance's whole history, by version (failed attempts before the live one of a number). */
  List<InstanceSpecRow> findByInstance(@Param("instanceId") String instanceId);

  /** Versions with work due at or before {@code now}, earliest first. */
  List<InstanceSpecRow> findDue(@Param("now") Instant now, @Param("limit") int limit);

  /**
   * Moves a version from {@code expected} to {@code status}, with its next due time and (when not
   * null) a reason; 0 when it is no longer in {@code expected}.
   */
  int move(@Param("id") long id, @Param("expected") String expected, @Param("status") String status,
      @Param("dueAt") Instant dueAt, @Param("reason") String reason, @Param("now") Instant now);

  /** Sets the next due time of a version still in {@code expected}; 0 when it is not. */
  int setDue(@Param("id") long id, @Param("expected") String expected, @Param("dueAt") Instant dueAt,
      @Param("now") Instant now);

  /**
   * Claims due work: sets the next due time if the version is still in {@code expected} with the due
   * time {@code expectedDueAt}; 0 when another poller (or an acknowledgement) got there first.
   */
  int reschedule(@Param("id") long id, @Param("expected") String expected, @Param("expectedDueAt") Instant expectedDueAt,
      @Param("dueAt") Instant dueAt, @Param("now") Instant now);

  /**
   * Claims a due re-send: counts it and sets the next due time if the version is still in {@code
   * expected} with the due time and re-send count as read; 0 when another poller (or an
   * acknowledgement) got there first.
   */
  int claimResend(@Param("id") long id, @Param("expected") String expected, @Param("expectedDueAt") Instant expectedDueAt,
      @Param("expectedResends") int expectedResends, @Param("dueAt") Instant dueAt, @Param("now") Instant now);

  /**
   * Claims due work whose attempts are spent: no longer due, stuck since {@code now}; 0 when the
   * version left {@code expected} or its due time as read.
   */
  int markStuck(@Param("id") long id, @Param("expected") String expected, @Param("expectedDueAt") Instant expectedDueAt,
      @Param("now") Instant now);

  /**
   * An operator's retry of stuck work: re-sends counted from zero again, due at {@code dueAt}; 0 when
   * it is no longer stuck since {@code expectedStuckAt} in {@code expected}.
   */
  int rearm(@Param("id") long id, @Param("expected") String expected, @Param("expectedStuckAt") Instant expectedStuckAt,
      @Param("dueAt") Instant dueAt, @Param("now") Instant now);
}
