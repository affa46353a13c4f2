package io.cloudtrade.reseller.application;

import io.cloudtrade.kernel.Money;
import io.cloudtrade.reseller.persistence.CreditMapper;
import io.cloudtrade.reseller.persistence.CustomerCreditRow;
import java.math.BigDecimal;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** What the credit use cases share: the rules' default limit, and creating a customer's credit row. */
@Component
public class CreditLimits {
  private final CreditMapper credits;
  private final Clock clock = Clock.systemUTC();

  public CreditLimits(CreditMapper credits) {
    this.credits = credits;
  }

  /** The limit of a customer without a quota of its own under these rules, in minor units; null: none. */
  public static Long defaultLimitMinor(PublishedRules rules) {
    if (rules == null || rules.rules().getDefaultQuota() == null) {
      return null;
    }
    return Money.of(new BigDecimal(rules.rules().getDefaultQuota()), rules.rules().getCurrency()).minor();
  }

  /** Creates the customer's credit row (no quota of its own, nothing used) unless it exists. */
  public void ensureRow(long customerId, long resellerId, String currency) {
    CustomerCreditRow row = new CustomerCreditRow();
    row.customerId = customerId;
    row.resellerId = resellerId;
    row.quotaMinor = null;
    row.usedMinor = 0;
    row.currency = currency;
    row.trusteeship = false;
    row.updatedAt = Inputs.now(clock);
    credits.insertCreditIfAbsent(row);
  }
}
