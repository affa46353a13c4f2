package io.cloudtrade.order.persistence;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The per-instance change claim (instance_order_state). SQL in InstanceOrderStateMapper.xml. */
@Mapper
public interface InstanceOrderStateMapper {
  /** Creates the instance's row at version 0 if it has none; 0 if it existed. */
  int insertIfAbsent(@Param("instanceId") String instanceId, @Param("accountId") long accountId, @Param("now") Instant now);

  InstanceOrderStateRow find(@Param("instanceId") String instanceId);

  /**
   * Claims the instance for a change order: succeeds (1) only if nobody changed it since {@code
   * version} was read and no other change order holds it.
   */
  int claim(@Param("instanceId") String instanceId, @Param("version") long version, @Param("orderId") long orderId,
      @Param("now") Instant now);

  /** Releases the claim of this order (1), or does nothing (0) if it does not hold it. */
  int release(@Param("instanceId") String instanceId, @Param("orderId") long orderId, @Param("now") Instant now);
}
