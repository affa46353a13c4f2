package io.cloudtrade.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.kernel.PageRequest;
import io.cloudtrade.payment.api.AccountBalance;
import io.cloudtrade.payment.api.BalancePaymentRequest;
import io.cloudtrade.payment.api.BalanceService;
import io.cloudtrade.payment.api.DepositRequest;
import io.cloudtrade.payment.api.Payment;
import io.cloudtrade.payment.api.PaymentErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The payment server's balances against a real MariaDB, ZooKeeper and broker, called over Dubbo. */
class PaymentServerIT extends PaymentServerTestContext {

  long newAccount(String cash) {
    long account = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    BalanceService s = clients.balances;
    assertThat(s.openAccount(account, "CNY").isOk()).isTrue();
    if (!cash.equals("0")) {
      assertThat(s.deposit(new DepositRequest().setAccountId(account).setAmount(Money.of(cash, "CNY")).setReference("seed")).isOk()).isTrue();
    }
    return account;
  }

  @Test
  void depositIsIdempotentByReference() {
    long account = newAccount("100.00");
    Outcome<AccountBalance> again =
        clients.balances.deposit(new DepositRequest().setAccountId(account).setAmount(Money.of("100.00", "CNY")).setReference("seed"));
    assertThat(again.value().getAvailableCashAmount()).isEqualTo(Money.of("100.00", "CNY"));
  }

  @Test
  void paysOnceAndReplaysTheSamePayment() {
    long account = newAccount("100.00");
    BalancePaymentRequest pay = new BalancePaymentRequest().setAccountId(account).setOrderId(account + 1).setAmount(Money.of("30.50", "CNY"));
    Payment first = clients.balances.payFromBalance(pay).value();
    Payment second = clients.balances.payFromBalance(pay).value();
    assertThat(second.getPaymentId()).isEqualTo(first.getPaymentId());
    assertThat(clients.balances.queryBalance(account).value().getAvailableCashAmount()).isEqualTo(Money.of("69.50", "CNY"));
  }

  @Test
  void anAccountsBalancePaymentsAreListedNewestFirstAndNoOneElses() throws Exception {
    long account = newAccount("100.00");
    for (int i = 1; i <= 3; i++) {
      clients.balances.payFromBalance(new BalancePaymentRequest().setAccountId(account).setOrderId(account + 10 + i)
          .setAmount(Money.of(i + ".00", "CNY"))).value();
      Thread.sleep(5); // distinct creation times
    }
    Page<Payment> first = clients.balances.listPayments(account, PageRequest.of(1, 2)).value();
    assertThat(first.totalCount()).isEqualTo(3);
    assertThat(first.items()).extracting(Payment::getOrderId).containsExactly(account + 13, account + 12);
    assertThat(clients.balances.listPayments(account, PageRequest.of(2, 2)).value().items())
        .extracting(Payment::getAmount).containsExactly(Money.of("1.00", "CNY"));
    assertThat(clients.balances.listPayments(account + 1, PageRequest.of(1, 2)).value().totalCount()).isZero();
    assertThat(clients.balances.listPayments(account, null).code()).isEqualTo(CommonErrors.INVALID_PARAMETER);
  }

  @Test
  void refusesToOverdrawAndWritesNothing() {
    long account = newAccount("10.00");
    Outcome<Payment> r = clients.balances.payFromBalance(
        new BalancePaymentRequest().setAccountId(account).setOrderId(account + 2).setAmount(Money.of("10.01", "CNY")));
    assertThat(r.code()).isEqualTo(PaymentErrors.INSUFFICIENT_BALANCE);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment WHERE order_id = ?", Long.class, account + 2)).isZero();
    assertThat(clients.balances.queryBalance(account).value().getAvailableCashAmount()).isEqualTo(Money.of("10.00", "CNY"));
  }

  @Test
  void sameOrderWithAnotherAmountIsRejected() {
    long account = newAccount("100.00");
    clients.balances.payFromBalance(new BalancePaymentRequest().setAccountId(account).setOrderId(account + 3).setAmount(Money.of("1.00", "CNY"))).value();
    Outcome<Payment> r = clients.balances.payFromBalance(
        new BalancePaymentRequest().setAccountId(account).setOrderId(account + 3).setAmount(Money.of("2.00", "CNY")));
    assertThat(r.code()).isEqualTo(PaymentErrors.PAYMENT_MISMATCH);
  }

  @Test
  void concurrentPaymentsNeverOverdrawNorPayAnOrderTwice() throws Exception {
    long account = newAccount("50.00");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Outcome<Payment>>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        long order = account * 10 + (i % 10); // 10 orders, each paid 4 times concurrently
        Callable<Outcome<Payment>> call = () -> clients.balances.payFromBalance(
            new BalancePaymentRequest().setAccountId(account).setOrderId(order).setAmount(Money.of("7.00", "CNY")));
        results.add(pool.submit(call));
      }
      for (Future<Outcome<Payment>> f : results) {
        Outcome<Payment> o = f.get();
        assertThat(o.isOk() || PaymentErrors.INSUFFICIENT_BALANCE.equals(o.code())).as(o.toString()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
    // 50.00 pays 7 orders of 7.00; the 3 others are refused; no order is paid twice
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment WHERE account_id = ?", Long.class, account)).isEqualTo(7);
    assertThat(clients.balances.queryBalance(account).value().getAvailableCashAmount()).isEqualTo(Money.of("1.00", "CNY"));
    assertThat(jdbc.queryForObject("SELECT SUM(amount_minor) FROM balance_entry WHERE account_id = ?", Long.class, account)).isEqualTo(100);
  }
}
