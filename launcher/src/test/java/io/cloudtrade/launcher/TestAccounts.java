package io.cloudtrade.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.reseller.api.Identities;
import io.cloudtrade.reseller.api.IdentityService;
import io.cloudtrade.reseller.api.RegisterAccountRequest;

/**
 * Accounts the platform tests buy for without the demo data: every order is planned by reseller
 * rules, which refuse an account that does not exist, so a test registers its direct customers first.
 */
final class TestAccounts {
  private TestAccounts() {}

  /** Registers {@code accountId} as a direct customer (again: a no-op). */
  static void directCustomer(Platform platform, long accountId) {
    Outcome<?> registered = platform.gatewayBean(IdentityService.class).registerAccount(new RegisterAccountRequest()
        .setAccountId(accountId).setName("Test customer " + accountId).setLoginName("it-customer-" + accountId)
        .setPassword("ItCustomer#" + accountId).setIdentity(Identities.CUSTOMER));
    assertThat(registered.isOk()).as(String.valueOf(registered)).isTrue();
  }
}
