package io.cloudtrade.payment.persistence;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Balance accounts and their ledger. SQL in BalanceMapper.xml. */
@Mapper
public interface BalanceMapper {
  BalanceAccountRow find(@Param("accountId") long accountId);

  /** Inserts unless present; returns 1 if inserted. */
  int insertIgnore(@Param("accountId") long accountId, @Param("currency") String currency, @Param("now") Instant now);

  /** Adds to the cash balance. Returns rows changed (0: no such account in that currency). */
  int credit(@Param("accountId") long accountId, @Param("currency") String currency, @Param("amount") long amountMinor,
      @Param("now") Instant now);

  /**
   * Takes from the cash balance only if enough is there: the conditional update that makes two
   * concurrent payments unable to overdraw. Returns rows changed.
   */
  int debit(@Param("accountId") long accountId, @Param("currency") String currency, @Param("amount") long amountMinor,
      @Param("now") Instant now);

  int insertEntry(@Param("entryId") long entryId, @Param("accountId") long accountId, @Param("kind") String kind,
      @Param("reference") String reference, @Param("amount") long amountMinor,
      @Param("balanceAfter") long balanceAfterMinor, @Param("now") Instant now);
}
