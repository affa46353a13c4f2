package io.cloudtrade.lifecycle.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Renewals applied to instances. SQL in InstanceRenewalMapper.xml. */
@Mapper
public interface InstanceRenewalMapper {
  /** Throws DuplicateKeyException when the order was applied already. */
  int insert(InstanceRenewalRow row);

  InstanceRenewalRow findByOrder(@Param("orderId") long orderId);

  /** Every renewal of an instance, first first. */
  List<InstanceRenewalRow> findByInstance(@Param("instanceId") String instanceId);
}
