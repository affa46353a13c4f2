package io.cloudtrade.payment.application;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.IdGenerator;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.payment.api.AccountBalance;
import io.cloudtrade.payment.api.BalancePaymentRequest;
import io.cloudtrade.payment.api.DepositRequest;
import io.cloudtrade.payment.api.Payment;
import io.cloudtrade.payment.api.PaymentErrors;
import io.cloudtrade.payment.domain.BalanceEntryKind;
import io.cloudtrade.payment.domain.PaymentStatus;
import io.cloudtrade.payment.persistence.BalanceAccountRow;
import io.cloudtrade.payment.persistence.BalanceMapper;
import io.cloudtrade.payment.persistence.PaymentMapper;
import io.cloudtrade.payment.persistence.PaymentRow;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens balance accounts, credits them, and pays orders from them.
 *
 * <p>Each write is one transaction. A rejection writes nothing: the transaction is rolled back
 * before the rejection is returned. Idempotency rests on UNIQUE keys (payment.order_id, and
 * balance_entry's reference), never on a read-then-write check alone.
 */
@Service
public class BalancePayments {
  private final BalanceMapper balances;
  private final PaymentMapper payments;
  private final TransactionTemplate tx;
  private final IdGenerator ids;
  private final Clock clock;

  @Autowired
  public BalancePayments(BalanceMapper balances, PaymentMapper payments, TransactionTemplate tx, IdGenerator ids) {
    this(balances, payments, tx, ids, Clock.systemUTC());
  }

  BalancePayments(BalanceMapper balances, PaymentMapper payments, TransactionTemplate tx, IdGenerator ids, Clock clock) {
    this.balances = balances;
    this.payments = payments;
    this.tx = tx;
    this.ids = ids;
    this.clock = clock;
  }

  public Outcome<AccountBalance> openAccount(long accountId, String currency) {
    if (currency == null || !currency.matches("[A-Z]{3}")) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "currency must be an ISO 4217 code");
    }
    balances.insertIgnore(accountId, currency, now());
    BalanceAccountRow row = balances.find(accountId);
    if (!row.currency.equals(currency)) {
      return Outcome.rejected(PaymentErrors.CURRENCY_MISMATCH, "account " + accountId + " keeps its balance in " + row.currency);
    }
    return Outcome.ok(view(row));
  }

  public Outcome<AccountBalance> deposit(DepositRequest r) {
    if (r.getAmount() == null || r.getAmount().minor() <= 0) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "amount must be positive");
    }
    if (r.getReference() == null || r.getReference().isBlank() || r.getReference().length() > 64) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "reference must be 1 to 64 characters");
    }
    BalanceAccountRow before = balances.find(r.getAccountId());
    if (before == null) {
      return Outcome.rejected(PaymentErrors.BALANCE_ACCOUNT_NOT_FOUND, "account " + r.getAccountId() + " has no balance account");
    }
    if (!before.currency.equals(r.getAmount().currency())) {
      return Outcome.rejected(PaymentErrors.CURRENCY_MISMATCH, "account " + r.getAccountId() + " keeps its balance in " + before.currency);
    }
    try {
      tx.executeWithoutResult(s -> {
        Instant now = now();
        balances.credit(r.getAccountId(), before.currency, r.getAmount().minor(), now);
        BalanceAccountRow after = balances.find(r.getAccountId());
        balances.insertEntry(ids.next(), r.getAccountId(), BalanceEntryKind.DEPOSIT.name(), r.getReference(),
            r.getAmount().minor(), after.cashMinor, now);
      });
    } catch (DuplicateKeyException alreadyCredited) {
      // the same reference again: credited once, nothing more to do
    }
    return Outcome.ok(view(balances.find(r.getAccountId())));
  }

  public Outcome<Payment> payFromBalance(BalancePaymentRequest r) {
    Money amount = r.getAmount();
    if (amount == null || amount.minor() <= 0) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "amount must be positive");
    }
    PaymentRow existing = payments.findByOrder(r.getOrderId());
    if (existing != null) {
      return replay(existing, r);
    }
    BalanceAccountRow account = balances.find(r.getAccountId());
    if (account == null) {
      return Outcome.rejected(PaymentErrors.BALANCE_ACCOUNT_NOT_FOUND, "account " + r.getAccountId() + " has no balance account");
    }
    if (!account.currency.equals(amount.currency())) {
      return Outcome.rejected(PaymentErrors.CURRENCY_MISMATCH, "account " + r.getAccountId() + " keeps its balance in " + account.currency);
    }
    try {
      PaymentRow paid = tx.execute(s -> {
        Instant now = now();
        if (balances.debit(r.getAccountId(), amount.currency(), amount.minor(), now) == 0) {
          return null; // not enough cash: nothing written
        }
        PaymentRow p = new PaymentRow();
        p.paymentId = ids.next();
        p.orderId = r.getOrderId();
        p.accountId = r.getAccountId();
        p.channel = "BALANCE";
        p.status = PaymentStatus.SUCCEEDED.name();
        p.amountMinor = amount.minor();
        p.currency = amount.currency();
        p.createdAt = now;
        p.updatedAt = now;
        payments.insert(p); // a concurrent payment of the same order fails here and rolls back its debit
        long after = balances.find(r.getAccountId()).cashMinor;
        balances.insertEntry(ids.next(), r.getAccountId(), BalanceEntryKind.PAYMENT.name(), Long.toString(r.getOrderId()),
            -amount.minor(), after, now);
        return p;
      });
      if (paid == null) {
        return Outcome.rejected(PaymentErrors.INSUFFICIENT_BALANCE,
            "the balance of account " + r.getAccountId() + " is lower than " + amount);
      }
      return Outcome.ok(view(paid));
    } catch (DuplicateKeyException concurrentPayment) {
      return replay(payments.findByOrder(r.getOrderId()), r);
    }
  }

  public Outcome<Payment> findPaymentOfOrder(long accountId, long orderId) {
    PaymentRow p = payments.findByOrder(orderId);
    if (p == null || p.accountId != accountId) {
      return Outcome.rejected(PaymentErrors.PAYMENT_NOT_FOUND, "order " + orderId + " has no payment");
    }
    return Outcome.ok(view(p));
  }

  public Outcome<AccountBalance> queryBalance(long accountId) {
    BalanceAccountRow row = balances.find(accountId);
    if (row == null) {
      return Outcome.rejected(PaymentErrors.BALANCE_ACCOUNT_NOT_FOUND, "account " + accountId + " has no balance account");
    }
    return Outcome.ok(view(row));
  }

  private Outcome<Payment> replay(PaymentRow existing, BalancePaymentRequest r) {
    if (existing.accountId != r.getAccountId()
        || existing.amountMinor != r.getAmount().minor()
        || !existing.currency.equals(r.getAmount().currency())) {
      return Outcome.rejected(PaymentErrors.PAYMENT_MISMATCH,
          "order " + r.getOrderId() + " was paid before with another account or amount");
    }
    return Outcome.ok(view(existing));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static AccountBalance view(BalanceAccountRow row) {
    Money cash = Money.ofMinor(row.cashMinor, row.currency);
    Money credit = Money.ofMinor(row.creditMinor, row.currency);
    return new AccountBalance()
        .setAccountId(row.accountId)
        .setCurrency(row.currency)
        .setAvailableCashAmount(cash)
        .setCreditAmount(credit)
        .setAvailableAmount(cash.plus(credit));
  }

  static Payment view(PaymentRow p) {
    return new Payment()
        .setPaymentId(p.paymentId)
        .setOrderId(p.orderId)
        .setAccountId(p.accountId)
        .setChannel(p.channel)
        .setStatus(p.status)
        .setAmount(Money.ofMinor(p.amountMinor, p.currency))
        .setCreatedAt(p.createdAt);
  }
}
