package io.cloudtrade.payment.adapter.dubbo;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.kernel.PageRequest;
import io.cloudtrade.payment.api.AccountBalance;
import io.cloudtrade.payment.api.BalancePaymentRequest;
import io.cloudtrade.payment.api.BalanceService;
import io.cloudtrade.payment.api.DepositRequest;
import io.cloudtrade.payment.api.Payment;
import io.cloudtrade.payment.application.BalancePayments;
import io.cloudtrade.payment.application.ListPayments;
import org.apache.dubbo.config.annotation.DubboService;

/** Exports {@link BalanceService} over Dubbo; all the work is in {@link BalancePayments} and {@link ListPayments}. */
@DubboService
public class BalanceServiceProvider implements BalanceService {
  private final BalancePayments payments;
  private final ListPayments lists;

  public BalanceServiceProvider(BalancePayments payments, ListPayments lists) {
    this.payments = payments;
    this.lists = lists;
  }

  @Override
  public Outcome<Page<Payment>> listPayments(long accountId, PageRequest page) {
    return lists.balancePayments(accountId, page);
  }

  @Override
  public Outcome<AccountBalance> openAccount(long accountId, String currency) {
    return payments.openAccount(accountId, currency);
  }

  @Override
  public Outcome<AccountBalance> deposit(DepositRequest request) {
    return payments.deposit(request);
  }

  @Override
  public Outcome<Payment> payFromBalance(BalancePaymentRequest request) {
    return payments.payFromBalance(request);
  }

  @Override
  public Outcome<Payment> findPaymentOfOrder(long accountId, long orderId) {
    return payments.findPaymentOfOrder(accountId, orderId);
  }

  @Override
  public Outcome<AccountBalance> queryBalance(long accountId) {
    return payments.queryBalance(accountId);
  }
}
