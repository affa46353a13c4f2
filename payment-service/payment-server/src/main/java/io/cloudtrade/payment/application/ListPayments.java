package io.cloudtrade.payment.application;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.kernel.PageRequest;
import io.cloudtrade.payment.api.ChannelPayment;
import io.cloudtrade.payment.api.ChannelRefund;
import io.cloudtrade.payment.api.Payment;
import io.cloudtrade.payment.persistence.ChannelPaymentMapper;
import io.cloudtrade.payment.persistence.ChannelRefundMapper;
import io.cloudtrade.payment.persistence.ChannelRefundOfPaymentRow;
import io.cloudtrade.payment.persistence.PaymentMapper;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Lists an account's payments (through channels and from the balance) and the refunds of its
 * channel payments for the console, newest first, one page at a time. Reads only; an empty page (nothing there, or beyond the last page) is an answer, not a
 * rejection.
 */
@Service
public class ListPayments {
  private final ChannelPaymentMapper payments;
  private final ChannelRefundMapper refunds;
  private final PaymentMapper balancePayments;

  public ListPayments(ChannelPaymentMapper payments, ChannelRefundMapper refunds, PaymentMapper balancePayments) {
    this.payments = payments;
    this.refunds = refunds;
    this.balancePayments = balancePayments;
  }

  public Outcome<Page<Payment>> balancePayments(long accountId, PageRequest page) {
    String invalid = invalid(page);
    if (invalid != null) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, invalid);
    }
    long total = balancePayments.countByAccount(accountId);
    List<Payment> items = total <= page.offset() ? List.of()
        : balancePayments.findByAccount(accountId, page.offset(), page.pageSize()).stream().map(BalancePayments::view).toList();
    return Outcome.ok(new Page<>(page.pageNum(), page.pageSize(), total, items));
  }

  public Outcome<Page<ChannelPayment>> payments(long accountId, PageRequest page) {
    String invalid = invalid(page);
    if (invalid != null) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, invalid);
    }
    long total = payments.countByAccount(accountId);
    List<ChannelPayment> items = total <= page.offset() ? List.of()
        : payments.findByAccount(accountId, page.offset(), page.pageSize()).stream().map(PayThroughChannel::view).toList();
    return Outcome.ok(new Page<>(page.pageNum(), page.pageSize(), total, items));
  }

  public Outcome<Page<ChannelRefund>> refunds(long accountId, PageRequest page) {
    String invalid = invalid(page);
    if (invalid != null) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, invalid);
    }
    long total = refunds.countByAccount(accountId);
    List<ChannelRefund> items = total <= page.offset() ? List.of()
        : refunds.findByAccount(accountId, page.offset(), page.pageSize()).stream().map(ListPayments::view).toList();
    return Outcome.ok(new Page<>(page.pageNum(), page.pageSize(), total, items));
  }

  /**
   * Why a page request cannot be served, or null. Checked again here: a request that arrives over
   * Dubbo was never built by {@link PageRequest#of}, so it may hold any numbers, or be missing.
   */
  static String invalid(PageRequest page) {
    if (page == null) {
      return "the page is required";
    }
    try {
      PageRequest.of(page.pageNum(), page.pageSize());
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  static ChannelRefund view(ChannelRefundOfPaymentRow r) {
    return new ChannelRefund()
        .setRefundId(r.refundId)
        .setPaymentId(r.paymentId)
        .setOrderId(r.orderId)
        .setChannel(r.channel)
        .setRequestNo(r.requestNo)
        .setAmount(Money.ofMinor(r.amountMinor, r.currency))
        .setStatus(r.status)
        .setFailureReason(r.failureReason)
        .setCreatedAt(r.createdAt)
        .setUpdatedAt(r.updatedAt);
  }
}
