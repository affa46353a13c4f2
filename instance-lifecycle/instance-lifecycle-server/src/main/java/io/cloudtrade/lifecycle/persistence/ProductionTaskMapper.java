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
}
