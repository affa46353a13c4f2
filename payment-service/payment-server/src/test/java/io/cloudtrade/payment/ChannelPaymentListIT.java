package io.cloudtrade.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Page;
import io.cloudtrade.kernel.PageRequest;
import io.cloudtrade.payment.api.ChannelPayment;
import io.cloudtrade.payment.api.ChannelPayments;
import io.cloudtrade.payment.api.ChannelRefund;
import io.cloudtrade.payment.api.RefundChannelPaymentRequest;
import io.cloudtrade.payment.api.StartChannelPaymentRequest;
import java.lang.reflect.Constructor;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console's lists over Dubbo: an account's channel payments and their refunds, newest first,
 * page by page, never another account's; bad paging is an InvalidParameter rejection.
 */
class ChannelPaymentListIT extends PaymentServerTestContext {
  long account;

  @BeforeEach
  void anAccountOfItsOwn() {
    Sandboxes.get().target = clients.channels;
    account = ThreadLocalRandom.current().nextLong(10_000_000_000L, 90_000_000_000L);
  }

  StartChannelPaymentRequest payment(String channel, String scene, String amount) {
    StartChannelPaymentRequest r = new StartChannelPaymentRequest().setAccountId(account)
        .setOrderId(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L)).setAmount(Money.of(amount, "CNY"))
        .setChannel(channel).setScene(scene).setSubject("ecs.g7.large, 1 month");
    // an auth code the Alipay sandbox pays at once
    return ChannelPayments.BARCODE.equals(scene) ? r.setAuthCode(String.format("28%016d", account)) : r;
  }

  ChannelPayment awaitSucceeded(ChannelPayment p) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 30_000;
    ChannelPayment now = p;
    while (!ChannelPayments.SUCCEEDED.equals(now.getStatus()) && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
      now = clients.channels.getChannelPayment(account, p.getPaymentId()).value();
    }
    assertThat(now.getStatus()).as("payment %s", p.getPaymentId()).isEqualTo(ChannelPayments.SUCCEEDED);
    return now;
  }

  @Test
  void anAccountsPaymentsAreListedNewestFirstOnePageAtATime() throws Exception {
    ChannelPayment alipayQr = clients.channels.startChannelPayment(payment(ChannelPayments.ALIPAY, ChannelPayments.QR, "1.00")).value();
    ChannelPayment wechatQr = clients.channels.startChannelPayment(payment(ChannelPayments.WECHATPAY, ChannelPayments.QR, "2.00"))
        .value();
    ChannelPayment barcode = clients.channels.startChannelPayment(payment(ChannelPayments.ALIPAY, ChannelPayments.BARCODE, "3.00"))
        .value();
    assertThat(barcode.getStatus()).isEqualTo(ChannelPayments.SUCCEEDED);
    Sandboxes.get().control("/sandbox/trades/" + alipayQr.getPaymentId() + "/scan", "{\"outcome\":\"SUCCESS\"}");
    ChannelPayment alipayPaid = awaitSucceeded(alipayQr);

    Page<ChannelPayment> first = clients.channels.listChannelPayments(account, PageRequest.of(1, 2)).value();
    assertThat(first.totalCount()).isEqualTo(3);
    assertThat(first.pageNum()).isEqualTo(1);
    assertThat(first.pageSize()).isEqualTo(2);
    assertThat(first.items()).extracting(ChannelPayment::getPaymentId).containsExactly(barcode.getPaymentId(), wechatQr.getPaymentId());
    ChannelPayment wechat = first.items().get(1);
    assertThat(wechat.getChannel()).isEqualTo(ChannelPayments.WECHATPAY);
    assertThat(wechat.getScene()).isEqualTo(ChannelPayments.QR);
    assertThat(wechat.getStatus()).isEqualTo(ChannelPayments.PENDING);
    assertThat(wechat.getAmount()).isEqualTo(Money.of("2.00", "CNY"));
    assertThat(wechat.getQrCode()).isEqualTo(wechatQr.getQrCode());
    assertThat(wechat.getPaidAt()).isNull();

    Page<ChannelPayment> second = clients.channels.listChannelPayments(account, PageRequest.of(2, 2)).value();
    assertThat(second.totalCount()).isEqualTo(3);
    assertThat(second.items()).hasSize(1);
    ChannelPayment listed = second.items().get(0);
    assertThat(listed.getPaymentId()).isEqualTo(alipayQr.getPaymentId());
    assertThat(listed.getOrderId()).isEqualTo(alipayQr.getOrderId());
    assertThat(listed.getAccountId()).isEqualTo(account);
    assertThat(listed.getChannel()).isEqualTo(ChannelPayments.ALIPAY);
    assertThat(listed.getStatus()).isEqualTo(ChannelPayments.SUCCEEDED);
    assertThat(listed.getAmount()).isEqualTo(Money.of("1.00", "CNY"));
    assertThat(listed.getCreatedAt()).isEqualTo(alipayPaid.getCreatedAt());
    assertThat(listed.getPaidAt()).isEqualTo(alipayPaid.getPaidAt()).isNotNull();

    Page<ChannelPayment> beyond = clients.channels.listChannelPayments(account, PageRequest.of(3, 2)).value();
    assertThat(beyond.totalCount()).isEqualTo(3);
    assertThat(beyond.items()).isEmpty();

    Page<ChannelPayment> someoneElse = clients.channels.listChannelPayments(account + 1, PageRequest.of(1, 20)).value();
    assertThat(someoneElse.totalCount()).isZero();
    assertThat(someoneElse.items()).isEmpty();
  }

  @Test
  void theRefundsOfAnAccountsPaymentsAreListedNewestFirstWithTheirOrderAndChannel() {
    ChannelPayment paid = clients.channels.startChannelPayment(payment(ChannelPayments.ALIPAY, ChannelPayments.BARCODE, "5.00"))
        .value();
    assertThat(paid.getStatus()).isEqualTo(ChannelPayments.SUCCEEDED);
    RefundChannelPaymentRequest refund = new RefundChannelPaymentRequest().setAccountId(account).setPaymentId(paid.getPaymentId())
        .setAmount(Money.of("1.00", "CNY")).setRequestNo("list-r1").setReason("unsubscribed");
    ChannelRefund r1 = clients.channels.refundChannelPayment(refund).value();
    ChannelRefund r2 = clients.channels.refundChannelPayment(refund.setRequestNo("list-r2").setAmount(Money.of("2.50", "CNY"))).value();

    Page<ChannelRefund> page = clients.channels.listChannelRefunds(account, PageRequest.of(1, 20)).value();
    assertThat(page.totalCount()).isEqualTo(2);
    assertThat(page.items()).extracting(ChannelRefund::getRefundId).containsExactly(r2.getRefundId(), r1.getRefundId());
    ChannelRefund listed = page.items().get(0);
    assertThat(listed.getPaymentId()).isEqualTo(paid.getPaymentId());
    assertThat(listed.getOrderId()).isEqualTo(paid.getOrderId());
    assertThat(listed.getChannel()).isEqualTo(ChannelPayments.ALIPAY);
    assertThat(listed.getRequestNo()).isEqualTo("list-r2");
    assertThat(listed.getAmount()).isEqualTo(Money.of("2.50", "CNY"));
    assertThat(listed.getStatus()).isEqualTo(r2.getStatus()).isEqualTo("Succeeded");
    assertThat(listed.getCreatedAt()).isEqualTo(r2.getCreatedAt());
    assertThat(listed.getUpdatedAt()).isNotNull().isAfterOrEqualTo(listed.getCreatedAt());

    Page<ChannelRefund> second = clients.channels.listChannelRefunds(account, PageRequest.of(2, 1)).value();
    assertThat(second.items()).extracting(ChannelRefund::getRequestNo).containsExactly("list-r1");
    assertThat(clients.channels.listChannelRefunds(account + 1, PageRequest.of(1, 20)).value().totalCount()).isZero();
  }

  @Test
  void badPagingIsAnInvalidParameter() throws Exception {
    assertThat(clients.channels.listChannelPayments(account, null).code()).isEqualTo(CommonErrors.INVALID_PARAMETER);
    assertThat(clients.channels.listChannelRefunds(account, null).code()).isEqualTo(CommonErrors.INVALID_PARAMETER);
    // what a client that does not build its request with PageRequest.of may send
    assertThat(clients.channels.listChannelPayments(account, unchecked(0, 20)).code()).isEqualTo(CommonErrors.INVALID_PARAMETER);
    assertThat(clients.channels.listChannelPayments(account, unchecked(1, 0)).code()).isEqualTo(CommonErrors.INVALID_PARAMETER);
    assertThat(clients.channels.listChannelRefunds(account, unchecked(1, PageRequest.MAX_PAGE_SIZE + 1)).code())
        .isEqualTo(CommonErrors.INVALID_PARAMETER);
  }

  static PageRequest unchecked(int pageNum, int pageSize) throws Exception {
    Constructor<PageRequest> c = PageRequest.class.getDeclaredConstructor(int.class, int.class);
    c.setAccessible(true);
    return c.newInstance(pageNum, pageSize);
  }
}
