package io.cloudtrade.reseller.persistence;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Resellers' published rule sets and the pointer to the rules in force. SQL in ResellerMapper.xml.
 */
@Mapper
public interface ResellerMapper {
  /** The version in force (0: nothing published yet), or null if the reseller has no pointer row. */
  Integer findCurrentVersion(@Param("resellerId") long resellerId);

  /** Creates the pointer at version 0 unless it exists; 1 if created, 0 if it existed. */
  int insertPointerIfAbsent(@Param("resellerId") long resellerId, @Param("now") Instant now);

  /** Moves the pointer from {@code expected} to {@code next}; 0 if another publisher moved it first. */
  int movePointer(@Param("resellerId") long resellerId, @Param("expected") int expected, @Param("next") int next,
      @Param("now") Instant now);

  RuleSetRow findRuleSet(@Param("resellerId") long resellerId, @Param("version") int version);

  /** Fails with a duplicate key on an existing (reseller, version). */
  int insertRuleSet(RuleSetRow row);
}
