package io.cloudtrade.gateway.admin;

import io.cloudtrade.gateway.web.ApiRejection;
import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.payment.api.AccountBalance;
import io.cloudtrade.payment.api.BalanceService;
import io.cloudtrade.payment.api.DepositRequest;
import io.cloudtrade.reseller.api.IdentityService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators credit an account's balance (HTTP Basic, {@link OperatorAuthentication}): money received
 * outside the platform, e.g. a reseller's bank transfer. The balance account is opened in the
 * deposit's currency if the account has none yet (accounts registered through the reseller API start
 * without one). Idempotent by {@code reference}: the same reference credits once.
 */
@RestController
@RequestMapping("/admin/api/accounts")
public class AccountAdminController {
  private static final Logger log = LoggerFactory.getLogger(AccountAdminController.class);
  private final IdentityService identities;
  private final BalanceService balances;

  public AccountAdminController(IdentityService identities, BalanceService balances) {
    this.identities = identities;
    this.balances = balances;
  }

  /** The body of a deposit: {@code amount} (decimal string), {@code currency}, {@code reference}. */
  public record Deposit(String amount, String currency, String reference) {}

  /** Credits {@code amount} to the account's balance; answers the balance afterwards. */
  @PostMapping("/{accountId}/deposits")
  public Map<String, Object> deposit(@PathVariable long accountId, @RequestBody Deposit d, HttpServletRequest request) {
    if (d == null || d.amount() == null || d.reference() == null) {
      throw new ApiRejection(400, CommonErrors.MISSING_PARAMETER, "amount and reference are required", List.of());
    }
    String currency = d.currency() == null ? "CNY" : d.currency();
    Money amount;
    try {
      amount = Money.of(d.amount(), currency);
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new ApiRejection(400, CommonErrors.INVALID_PARAMETER, "amount must be a decimal with at most 2 places: " + d.amount(), List.of());
    }
    ApiRejection.valueOf(identities.findAccount(accountId));
    ApiRejection.valueOf(balances.openAccount(accountId, currency));
    AccountBalance after = ApiRejection.valueOf(balances.deposit(new DepositRequest().setAccountId(accountId).setAmount(amount)
        .setReference("operator-" + d.reference())));
    log.info("operator {} credited {} to account {} (reference {})", request.getAttribute(OperatorAuthentication.OPERATOR), amount,
        accountId, d.reference());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("accountId", Long.toString(accountId));
    m.put("availableAmount", after.getAvailableAmount() == null ? null : after.getAvailableAmount().toPlainString());
    m.put("currency", currency);
    return m;
  }
}
