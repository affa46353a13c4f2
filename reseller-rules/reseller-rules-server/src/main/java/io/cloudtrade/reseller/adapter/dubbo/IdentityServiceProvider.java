package io.cloudtrade.reseller.adapter.dubbo;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.reseller.api.Caller;
import io.cloudtrade.reseller.api.IdentityService;
import io.cloudtrade.reseller.api.RegisterAccountRequest;
import io.cloudtrade.reseller.api.SignatureCheck;
import io.cloudtrade.reseller.application.AccountLookup;
import io.cloudtrade.reseller.application.AccountRegistration;
import io.cloudtrade.reseller.application.PasswordLogin;
import io.cloudtrade.reseller.application.SignatureAuthentication;
import org.apache.dubbo.config.annotation.DubboService;

/** Exports {@link IdentityService} over Dubbo; the work is in the application use cases. */
@DubboService
public class IdentityServiceProvider implements IdentityService {
  private final SignatureAuthentication signatures;
  private final PasswordLogin logins;
  private final AccountLookup lookup;
  private final AccountRegistration registration;

  public IdentityServiceProvider(SignatureAuthentication signatures, PasswordLogin logins, AccountLookup lookup,
      AccountRegistration registration) {
    this.signatures = signatures;
    this.logins = logins;
    this.lookup = lookup;
    this.registration = registration;
  }

  @Override
  public Outcome<Caller> authenticate(SignatureCheck check) {
    return signatures.authenticate(check);
  }

  @Override
  public Outcome<Caller> login(String loginName, String password) {
    return logins.login(loginName, password);
  }

  @Override
  public Outcome<Caller> findAccount(long accountId) {
    return lookup.findAccount(accountId);
  }

  @Override
  public Outcome<Caller> registerAccount(RegisterAccountRequest request) {
    return registration.register(request);
  }
}
