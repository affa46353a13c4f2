package io.cloudtrade.reseller.persistence;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Where a reseller's webhooks go now: its rules in force, read in one statement. SQL in WebhookTargetMapper.xml. */
@Mapper
public interface WebhookTargetMapper {
  /** The rule set the reseller's pointer names, or null if it has published none. */
  WebhookTargetRow findInForce(@Param("resellerId") long resellerId);
}
