package io.cloudtrade.reseller.persistence;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Customers' credit quotas, the credit ledger and quota changes. SQL in CreditMapper.xml. */
@Mapper
public interface CreditMapper {
  CustomerCreditRow findCredit(@Param("customerId") long customerId);

  /** Creates the customer's credit row (no quota, nothing used) unless it exists; 1 if created. */
  int insertCreditIfAbsent(CustomerCreditRow row);

  /**
   * Sets the customer's quota, its currency and the OutBizId that set it; 0 if the row is missing or
   * the customer uses credit in another currency.
   */
  int setQuota(@Param("customerId") long customerId, @Param("quotaMinor") long quotaMinor,
      @Param("currency") String currency, @Param("outBizId") String outBizId, @Param("now") Instant now);

  /** Sets the trusteeship flag from {@code expected} to {@code next}; 0 if it was not {@code expected}. */
  int changeTrusteeship(@Param("customerId") long customerId, @Param("expected") boolean expected,
      @Param("next") boolean next, @Param("now") Instant now);

  /**
   * Adds {@code amountMinor} to what the customer uses if its limit (its quota, else {@code
   * defaultLimitMinor}; none: no limit) still covers it; 0 if it does not, or the row is missing, or
   * it is in another currency.
   */
  int reserve(@Param("customerId") long customerId, @Param("amountMinor") long amountMinor,
      @Param("currency") String currency, @Param("defaultLimitMinor") Long defaultLimitMinor, @Param("now") Instant now);

  /** Takes {@code amountMinor} off what the customer uses; 0 if it uses less than that. */
  int release(@Param("customerId") long customerId, @Param("amountMinor") long amountMinor, @Param("now") Instant now);

  /** Inserts the entry unless its (reference, release key) exists; 1 if inserted, 0 if it existed. */
  int insertEntryIfAbsent(CreditEntryRow row);

  /** The reservation of {@code reference}, locked until the transaction ends; null if never reserved. */
  CreditEntryRow lockReservation(@Param("reference") String reference);

  /** The release {@code releaseKey} of {@code reference}, or null. */
  CreditEntryRow findEntry(@Param("reference") String reference, @Param("releaseKey") String releaseKey);

  /** How much was released under {@code reference} so far (a positive number), read as committed now. */
  long releasedOf(@Param("reference") String reference);

  QuotaChangeRow findQuotaChange(@Param("resellerId") long resellerId, @Param("outBizId") String outBizId);

  /** Fails with a duplicate key on an existing (reseller, OutBizId). */
  int insertQuotaChange(QuotaChangeRow row);
}
