package io.cloudtrade.lifecycle.persistence;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Orders refused without asking a control plane. SQL in RefusedOrderMapper.xml. */
@Mapper
public interface RefusedOrderMapper {
  /** Keeps the first refusal when the order was refused already. */
  int insertIfAbsent(RefusedOrderRow row);

  RefusedOrderRow find(@Param("orderId") long orderId);
}
