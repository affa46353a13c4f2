package io.cloudtrade.reseller.application;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.reseller.api.Caller;
import io.cloudtrade.reseller.api.IdentityErrors;
import io.cloudtrade.reseller.api.SignatureCheck;
import io.cloudtrade.reseller.domain.AccessKeyStatus;
import io.cloudtrade.reseller.domain.AccountStatus;
import io.cloudtrade.reseller.domain.RequestSignature;
import io.cloudtrade.reseller.persistence.AccessKeyOwnerRow;
import io.cloudtrade.reseller.persistence.AccountMapper;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Authenticates OpenAPI requests by their ACS3-HMAC-SHA256 signature.
 *
 * <p>Called on every OpenAPI request, so it costs one primary-key read (the key and its owner,
 * joined) and one HMAC: the decrypted key is cached by {@link SigningKeyCache}. The key's and the
 * account's status are read every time, so deactivating a key or freezing an account takes effect
 * at once. The checks run in a fixed order: algorithm, key, signature, then account status, so that
 * only a correctly signed request learns that its account is frozen.
 */
@Service
public class SignatureAuthentication {
  /** What an AccessKey id may look like; anything else cannot exist and is not looked up. */
  private static final Pattern ACCESS_KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final AccountMapper accounts;
  private final SigningKeyCache keys;

  public SignatureAuthentication(AccountMapper accounts, SigningKeyCache keys) {
    this.accounts = accounts;
    this.keys = keys;
  }

  public Outcome<Caller> authenticate(SignatureCheck check) {
    if (check == null || !RequestSignature.ALGORITHM.equals(check.getAlgorithm())) {
      return Outcome.rejected(IdentityErrors.UNSUPPORTED_ALGORITHM,
          "the signature method must be " + RequestSignature.ALGORITHM);
    }
    String keyId = check.getAccessKeyId();
    AccessKeyOwnerRow row = keyId != null && ACCESS_KEY_ID.matcher(keyId).matches()
        ? accounts.findAccessKeyWithOwner(keyId)
        : null;
    if (row == null || !AccessKeyStatus.ACTIVE.name().equals(row.keyStatus)) {
      return Outcome.rejected(IdentityErrors.ACCESS_KEY_NOT_FOUND, "the AccessKey id does not exist or is not active");
    }
    RequestSignature signature = keys.signatureOf(row.accessKeyId, row.secretCiphertext);
    if (!signature.matches(check.getStringToSign(), check.getSignature())) {
      return Outcome.rejected(IdentityErrors.SIGNATURE_MISMATCH, "the request signature does not match");
    }
    if (AccountStatus.FROZEN.name().equals(row.accountStatus)) {
      return Outcome.rejected(IdentityErrors.ACCOUNT_FROZEN, "account " + row.accountId + " is frozen");
    }
    return Outcome.ok(Callers.of(row));
  }
}
