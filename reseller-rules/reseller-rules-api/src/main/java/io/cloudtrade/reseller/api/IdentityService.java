package io.cloudtrade.reseller.api;

import io.cloudtrade.kernel.Outcome;

/** Accounts, their identities and their AccessKeys, exported over Dubbo. */
public interface IdentityService {
  /**
   * Verifies an OpenAPI request signature: HMAC-SHA256 of the string to sign under the AccessKey's
   * secret, compared in constant time.
   *
   * @return the caller; or {@link IdentityErrors#ACCESS_KEY_NOT_FOUND}, {@link
   *     IdentityErrors#SIGNATURE_MISMATCH}, {@link IdentityErrors#UNSUPPORTED_ALGORITHM}, {@link
   *     IdentityErrors#ACCOUNT_FROZEN}
   */
  Outcome<Caller> authenticate(SignatureCheck check);

  /**
   * Signs in to the buy page with a login name and password.
   *
   * @return the caller, or {@link IdentityErrors#LOGIN_FAILED} (the same code whether the name or the
   *     password was wrong), {@link IdentityErrors#ACCOUNT_FROZEN}
   */
  Outcome<Caller> login(String loginName, String password);

  /**
   * Looks an account up.
   *
   * @return the account, or {@link io.cloudtrade.kernel.CommonErrors#ACCOUNT_NOT_FOUND}
   */
  Outcome<Caller> findAccount(long accountId);

  /**
   * Registers an account, with an optional AccessKey. Registering the same login name again with the
   * same identity returns the existing account and changes nothing.
   *
   * @return the account; or {@link io.cloudtrade.kernel.CommonErrors#INVALID_PARAMETER}, {@link
   *     IdentityErrors#LOGIN_NAME_TAKEN} (same login name, other details), {@link
   *     IdentityErrors#ACCESS_KEY_TAKEN}
   */
  Outcome<Caller> registerAccount(RegisterAccountRequest request);
}
