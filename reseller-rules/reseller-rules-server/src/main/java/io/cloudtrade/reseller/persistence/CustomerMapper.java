package io.cloudtrade.reseller.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The account table as resellers see it: their customers, their status. SQL in CustomerMapper.xml. */
@Mapper
public interface CustomerMapper {
  /** The reseller's customers' account ids, ascending. */
  List<Long> customerIds(@Param("resellerId") long resellerId);

  int countCustomers(@Param("resellerId") long resellerId);

  /** Sets the account's status from {@code expected} to {@code next}; 0 if it was not {@code expected}. */
  int changeStatus(@Param("accountId") long accountId, @Param("expected") String expected, @Param("next") String next,
      @Param("now") Instant now);

  /** The account an order is for, its reseller and the reseller's rules version in force, in one read. */
  OrderPartyRow findOrderParty(@Param("accountId") long accountId);
}
