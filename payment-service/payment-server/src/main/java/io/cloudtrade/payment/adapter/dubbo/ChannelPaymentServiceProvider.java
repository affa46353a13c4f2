package io.cloudtrade.payment.adapter.dubbo;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.kernel.PageRequest;
import io.cloudtrade.payment.api.ChannelNotify;
import io.cloudtrade.payment.api.ChannelPayment;
import io.cloudtrade.payment.api.ChannelPaymentService;
import io.cloudtrade.payment.api.NotifyAnswer;
import io.cloudtrade.payment.api.StartChannelPaymentRequest;
import io.cloudtrade.payment.application.ListPayments;
import io.cloudtrade.payment.application.PayThroughChannel;
import io.cloudtrade.payment.application.RefundThroughChannel;
import io.cloudtrade.payment.api.ChannelRefund;
import io.cloudtrade.payment.api.RefundChannelPaymentRequest;
import org.apache.dubbo.config.annotation.DubboService;

/** Exports {@link ChannelPaymentService} over Dubbo. */
@DubboService
public class ChannelPaymentServiceProvider implements ChannelPaymentService {
  private final PayThroughChannel flow;
  private final RefundThroughChannel refunds;
  private final ListPayments lists;

  public ChannelPaymentServiceProvider(PayThroughChannel flow, RefundThroughChannel refunds, ListPayments lists) {
    this.flow = flow;
    this.refunds = refunds;
    this.lists = lists;
  }

  @Override
  public Outcome<ChannelRefund> refundChannelPayment(RefundChannelPaymentRequest request) {
    return refunds.refund(request);
  }

  @Override
  public Outcome<ChannelPayment> startChannelPayment(StartChannelPaymentRequest request) {
    return flow.start(request);
  }

  @Override
  public Outcome<ChannelPayment> getChannelPayment(long accountId, long paymentId) {
    return flow.get(accountId, paymentId);
  }

  @Override
  public NotifyAnswer acceptNotify(ChannelNotify notify) {
    return flow.accept(notify);
  }

  @Override
  public Outcome<Page<ChannelPayment>> listChannelPayments(long accountId, PageRequest page) {
    return lists.payments(accountId, page);
  }

  @Override
  public Outcome<Page<ChannelRefund>> listChannelRefunds(long accountId, PageRequest page) {
    return lists.refunds(accountId, page);
  }
}
