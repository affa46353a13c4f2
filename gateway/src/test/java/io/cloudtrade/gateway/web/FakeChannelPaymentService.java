package io.cloudtrade.gateway.web;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.kernel.PageRequest;
import io.cloudtrade.payment.api.ChannelNotify;
import io.cloudtrade.payment.api.ChannelPayment;
import io.cloudtrade.payment.api.ChannelPaymentService;
import io.cloudtrade.payment.api.ChannelRefund;
import io.cloudtrade.payment.api.NotifyAnswer;
import io.cloudtrade.payment.api.PaymentErrors;
import io.cloudtrade.payment.api.RefundChannelPaymentRequest;
import io.cloudtrade.payment.api.StartChannelPaymentRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-memory ChannelPaymentService holding a few payments and refunds: answers an account only its
 * own, lists them in the order they were added (the service's own order is its business), and keeps
 * the page requests it was given.
 */
class FakeChannelPaymentService implements ChannelPaymentService {
  final List<ChannelPayment> payments = new ArrayList<>();
  final List<ChannelRefund> refunds = new ArrayList<>();
  final List<PageRequest> pages = new ArrayList<>();
  /** what refunds belong to: a ChannelRefund carries no account */
  long refundsAccountId;

  @Override
  public Outcome<ChannelPayment> getChannelPayment(long accountId, long paymentId) {
    return payments.stream().filter(p -> p.getPaymentId() == paymentId && p.getAccountId() == accountId).findFirst()
        .map(Outcome::ok).orElseGet(() -> Outcome.rejected(PaymentErrors.PAYMENT_NOT_FOUND, "payment " + paymentId + " does not exist"));
  }

  @Override
  public Outcome<Page<ChannelPayment>> listChannelPayments(long accountId, PageRequest page) {
    pages.add(page);
    List<ChannelPayment> own = payments.stream().filter(p -> p.getAccountId() == accountId).toList();
    return Outcome.ok(new Page<>(page.pageNum(), page.pageSize(), own.size(), slice(own, page)));
  }

  @Override
  public Outcome<Page<ChannelRefund>> listChannelRefunds(long accountId, PageRequest page) {
    pages.add(page);
    List<ChannelRefund> own = accountId == refundsAccountId ? refunds : List.of();
    return Outcome.ok(new Page<>(page.pageNum(), page.pageSize(), own.size(), slice(own, page)));
  }

  private static <T> List<T> slice(List<T> all, PageRequest page) {
    int from = (int) Math.min(all.size(), page.offset());
    return all.subList(from, Math.min(all.size(), from + page.pageSize()));
  }

  @Override
  public Outcome<ChannelPayment> startChannelPayment(StartChannelPaymentRequest request) {
    throw new UnsupportedOperationException("the gateway starts payments through the order service");
  }

  @Override
  public NotifyAnswer acceptNotify(ChannelNotify notify) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Outcome<ChannelRefund> refundChannelPayment(RefundChannelPaymentRequest request) {
    throw new UnsupportedOperationException();
  }
}
