package io.cloudtrade.payment.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Payments. SQL in PaymentMapper.xml. */
@Mapper
public interface PaymentMapper {
  PaymentRow findByOrder(@Param("orderId") long orderId);

  /** Throws DuplicateKeyException if the order already has a payment. */
  int insert(PaymentRow row);

  /** A page of the account's payments, newest first. */
  List<PaymentRow> findByAccount(@Param("accountId") long accountId, @Param("offset") long offset, @Param("limit") int limit);

  long countByAccount(@Param("accountId") long accountId);
}
