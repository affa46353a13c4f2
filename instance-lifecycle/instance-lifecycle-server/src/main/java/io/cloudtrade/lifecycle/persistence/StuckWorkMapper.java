package io.cloudtrade.lifecycle.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Work whose notifications were never acknowledged within their attempts, for operators: stuck
 * specification versions (CREATE, MODIFY, reverts; instance_spec) and stuck lifecycle actions
 * (STOP, START, the RELEASE at expiry; production_task). SQL in StuckWorkMapper.xml.
 */
@Mapper
public interface StuckWorkMapper {
  /** Stuck work (of one instance, or of all when {@code instanceId} is null), longest stuck first. */
  List<StuckWorkRow> findStuck(@Param("instanceId") String instanceId, @Param("limit") int limit,
      @Param("offset") long offset);

  /** How much work is stuck. */
  long countStuck();
}
