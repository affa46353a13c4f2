package io.cloudtrade.reseller.persistence;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Accounts and their AccessKeys. SQL in AccountMapper.xml. */
@Mapper
public interface AccountMapper {
  AccountRow find(@Param("accountId") long accountId);

  AccountRow findByLoginName(@Param("loginName") String loginName);

  /** Fails with a duplicate key on an existing account id or login name. */
  int insert(AccountRow row);

  AccessKeyRow findAccessKey(@Param("accessKeyId") String accessKeyId);

  /** The key and its owner in one read; null if the key does not exist. */
  AccessKeyOwnerRow findAccessKeyWithOwner(@Param("accessKeyId") String accessKeyId);

  /** Fails with a duplicate key on an existing AccessKey id. */
  int insertAccessKey(AccessKeyRow row);
}
