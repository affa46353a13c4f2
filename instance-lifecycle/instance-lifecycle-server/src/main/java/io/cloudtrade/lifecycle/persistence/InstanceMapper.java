package io.cloudtrade.lifecycle.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Instances. SQL in InstanceMapper.xml. */
@Mapper
public interface InstanceMapper {
  /** Throws DuplicateKeyException when the instance id or the order already has an instance. */
  int insert(InstanceRow row);

  InstanceRow find(@Param("instanceId") String instanceId);

  InstanceRow findByOrder(@Param("orderId") long orderId);

  /** Creating to Normal; 0 when the instance is no longer in {@code expected}. */
  int markProduced(@Param("instanceId") String instanceId, @Param("expected") String expected,
      @Param("status") String status, @Param("resourceId") String resourceId, @Param("startTime") Instant startTime,
      @Param("now") Instant now);

  /** Creating to Failed; 0 when the instance is no longer in {@code expected}. */
  int markFailed(@Param("instanceId") String instanceId, @Param("expected") String expected,
      @Param("status") String status, @Param("failureReason") String failureReason, @Param("now") Instant now);

  /**
   * Sets a renewed end time (and state), when its next expiry step falls due, and clears the
   * release time; 0 when the instance no longer has {@code expectedEndTime} or is no longer in
   * {@code expected}. {@code subStatus} null keeps the sub-status.
   */
  int renew(@Param("instanceId") String instanceId, @Param("expected") String expected,
      @Param("expectedEndTime") Instant expectedEndTime, @Param("status") String status,
      @Param("subStatus") String subStatus, @Param("endTime") Instant endTime, @Param("nextDueAt") Instant nextDueAt,
      @Param("now") Instant now);

  /** Instances whose next expiry step is due at {@code now}, earliest first. */
  List<InstanceRow> findDue(@Param("now") Instant now, @Param("limit") int limit);

  /**
   * Takes an expiry step: the state, sub-status, next due time and release time; 0 when the
   * instance is no longer in {@code expected} with {@code expectedEndTime} and {@code
   * expectedDueAt} (another node took the step, or a renewal came first).
   */
  int advance(@Param("instanceId") String instanceId, @Param("expected") String expected,
      @Param("expectedEndTime") Instant expectedEndTime, @Param("expectedDueAt") Instant expectedDueAt,
      @Param("status") String status, @Param("subStatus") String subStatus, @Param("nextDueAt") Instant nextDueAt,
      @Param("releaseTime") Instant releaseTime, @Param("now") Instant now);

  /**
   * Sets when the next expiry step falls due, without a change of state; 0 when the instance is
   * no longer in {@code expected} with {@code expectedEndTime} and {@code expectedDueAt}.
   */
  int schedule(@Param("instanceId") String instanceId, @Param("expected") String expected,
      @Param("expectedEndTime") Instant expectedEndTime, @Param("expectedDueAt") Instant expectedDueAt,
      @Param("nextDueAt") Instant nextDueAt, @Param("now") Instant now);

  /**
   * Instances that may have an auto-renewal attempt due at {@code now}: in one of {@code statuses}
   * with {@code renewStatus}, an end time at or before {@code horizon} (now plus auto-renew-before),
   * and either no attempt yet for that end time or the next one due; earliest end time first.
   */
  List<InstanceRow> findAutoRenewalDue(@Param("renewStatus") String renewStatus,
      @Param("statuses") List<String> statuses, @Param("horizon") Instant horizon, @Param("now") Instant now,
      @Param("limit") int limit);

  /**
   * Records an auto-renewal attempt (or that none remain): the end time it is about, the attempt
   * count and when the next one falls due; 0 when the instance is no longer in {@code expected} with
   * {@code endTime} and {@code renewStatus}, or its attempts are no longer those read ({@code
   * expectedTriedEndTime}, {@code expectedAttempt}): another node made the attempt, or a renewal came
   * first.
   */
  int recordAutoRenewal(@Param("instanceId") String instanceId, @Param("expected") String expected,
      @Param("renewStatus") String renewStatus, @Param("endTime") Instant endTime,
      @Param("expectedTriedEndTime") Instant expectedTriedEndTime, @Param("expectedAttempt") int expectedAttempt,
      @Param("attempt") int attempt, @Param("nextAt") Instant nextAt);

  /**
   * Makes {@code version} (with {@code spec}, its JSON) the instance's specification; 0 when the
   * instance is no longer at {@code expectedVersion}.
   */
  int applySpec(@Param("instanceId") String instanceId, @Param("expectedVersion") int expectedVersion,
      @Param("version") int version, @Param("spec") String spec, @Param("now") Instant now);

  /** Sets the sub-status of an instance in {@code expected} status (e.g. ModifyFailed); 0 if it is not. */
  int flagSubStatus(@Param("instanceId") String instanceId, @Param("expected") String expected,
      @Param("subStatus") String subStatus, @Param("now") java.time.Instant now);

  /**
   * To Released (status and sub-status; release time now, nothing due any more); 0 when the
   * instance is no longer in {@code expected}.
   */
  int markReleased(@Param("instanceId") String instanceId, @Param("expected") String expected,
      @Param("status") String status, @Param("now") Instant now);

  /** The ids among {@code instanceIds} that are the account's, locked until the transaction ends. */
  List<String> lockOwned(@Param("accountId") long accountId, @Param("instanceIds") List<String> instanceIds);

  /** Sets how the account's instances renew; period and unit null unless AutoRenewal. */
  int setRenewal(@Param("accountId") long accountId, @Param("instanceIds") List<String> instanceIds,
      @Param("renewStatus") String renewStatus, @Param("renewPeriod") Integer renewPeriod,
      @Param("renewPeriodUnit") String renewPeriodUnit, @Param("now") Instant now);

  long count(@Param("f") InstanceFilter filter);

  /** Newest first. */
  List<InstanceRow> query(@Param("f") InstanceFilter filter, @Param("offset") long offset, @Param("limit") int limit);
}
