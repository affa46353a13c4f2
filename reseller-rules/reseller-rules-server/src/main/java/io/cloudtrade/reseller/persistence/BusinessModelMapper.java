package io.cloudtrade.reseller.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Business models; inserted once, never changed. SQL in BusinessModelMapper.xml. */
@Mapper
public interface BusinessModelMapper {
  BusinessModelRow find(@Param("code") String code);

  /** Every model, by code. */
  List<BusinessModelRow> findAll();

  /** Fails with a duplicate key on an existing code. */
  int insert(BusinessModelRow row);
}
