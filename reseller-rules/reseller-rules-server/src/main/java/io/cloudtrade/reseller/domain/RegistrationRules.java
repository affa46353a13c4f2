package io.cloudtrade.reseller.domain;

import io.cloudtrade.reseller.api.Identities;
import io.cloudtrade.reseller.api.RegisterAccountRequest;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a registration must satisfy on its own, before anything is looked up. Each violation is
 * reported with a message that names the field.
 */
public final class RegistrationRules {
  /** The identities an account may have. */
  public static final Set<String> IDENTITIES =
      Set.of(Identities.CUSTOMER, Identities.RESELLER, Identities.RESELLER_CUSTOMER);

  static final int MAX_NAME = 128;
  static final int MIN_PASSWORD = 8;
  static final int MAX_PASSWORD = 256;
  static final int MIN_SECRET = 16;
  static final int MAX_SECRET = 256;

  private static final Pattern LOGIN_NAME = Pattern.compile("[A-Za-z0-9._@-]{3,64}");
  private static final Pattern ACCESS_KEY_ID = Pattern.compile("[A-Za-z0-9._-]{16,64}");

  private RegistrationRules() {}

  /** The first rule {@code r} breaks, as a message naming the field; empty if it breaks none. */
  public static Optional<String> firstViolation(RegisterAccountRequest r) {
    if (r == null) {
      return Optional.of("request is required");
    }
    if (r.getAccountId() != null && r.getAccountId() <= 0) {
      return Optional.of("accountId must be positive when given");
    }
    if (r.getName() == null || r.getName().isBlank() || r.getName().length() > MAX_NAME) {
      return Optional.of("name must be 1 to " + MAX_NAME + " characters");
    }
    if (r.getLoginName() == null || !LOGIN_NAME.matcher(r.getLoginName()).matches()) {
      return Optional.of("loginName must be 3 to 64 characters of A-Z a-z 0-9 . _ @ -");
    }
    if (r.getPassword() == null || r.getPassword().length() < MIN_PASSWORD || r.getPassword().length() > MAX_PASSWORD) {
      return Optional.of("password must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
    }
    if (r.getIdentity() == null || !IDENTITIES.contains(r.getIdentity())) {
      return Optional.of("identity must be one of CUSTOMER, RESELLER, RESELLER_CUSTOMER");
    }
    boolean resellerCustomer = Identities.RESELLER_CUSTOMER.equals(r.getIdentity());
    if (resellerCustomer && r.getResellerId() == null) {
      return Optional.of("resellerId is required for a RESELLER_CUSTOMER");
    }
    if (!resellerCustomer && r.getResellerId() != null) {
      return Optional.of("resellerId is only allowed for a RESELLER_CUSTOMER");
    }
    boolean hasKeyId = r.getAccessKeyId() != null;
    boolean hasSecret = r.getAccessKeySecret() != null;
    if (hasKeyId != hasSecret) {
      return Optional.of("accessKeyId and accessKeySecret must be given together, or neither");
    }
    if (hasKeyId && !ACCESS_KEY_ID.matcher(r.getAccessKeyId()).matches()) {
      return Optional.of("accessKeyId must be 16 to 64 characters of A-Z a-z 0-9 . _ -");
    }
    if (hasSecret && (r.getAccessKeySecret().length() < MIN_SECRET || r.getAccessKeySecret().length() > MAX_SECRET)) {
      return Optional.of("accessKeySecret must be " + MIN_SECRET + " to " + MAX_SECRET + " characters");
    }
    return Optional.empty();
  }
}
