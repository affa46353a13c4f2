package io.cloudtrade.payment.persistence;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Payments. SQL in PaymentMapper.xml. */
@Mapper
public interface PaymentMapper {
  PaymentRow findByOrder(@Param("orderId") long orderId);

  /** Throws DuplicateKeyException if the order already has a payment. */
  int insert(PaymentRow row);
}
