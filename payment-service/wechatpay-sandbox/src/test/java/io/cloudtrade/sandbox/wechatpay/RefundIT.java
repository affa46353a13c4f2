package io.cloudtrade.sandbox.wechatpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.wechat.pay.java.core.RSAPublicKeyConfig;
import com.wechat.pay.java.core.exception.ServiceException;
import com.wechat.pay.java.service.payments.model.Transaction;
import com.wechat.pay.java.service.payments.nativepay.NativePayService;
import com.wechat.pay.java.service.payments.nativepay.model.QueryOrderByOutTradeNoRequest;
import com.wechat.pay.java.service.refund.RefundService;
import com.wechat.pay.java.service.refund.model.AmountReq;
import com.wechat.pay.java.service.refund.model.CreateRequest;
import com.wechat.pay.java.service.refund.model.QueryByOutRefundNoRequest;
import com.wechat.pay.java.service.refund.model.Refund;
import com.wechat.pay.java.service.refund.model.Status;
import io.cloudtrade.sandbox.wechatpay.support.SandboxTestBase;
import org.junit.jupiter.api.Test;

/** Refunds through the official SDK: deduplicated by out_refund_no, never beyond what was paid. */
class RefundIT extends SandboxTestBase {
  private final RSAPublicKeyConfig config = config(MERCHANT);
  private final NativePayService payments = nativePay(config);
  private final RefundService refunds = refunds(config);

  String paid(int fen) throws Exception {
    String no = outTradeNo();
    prepay(payments, MERCHANT, no, fen, NOWHERE);
    scan(no, "SUCCESS");
    return no;
  }

  static CreateRequest refund(String outTradeNo, String outRefundNo, long refund, long total) {
    CreateRequest r = new CreateRequest();
    r.setOutTradeNo(outTradeNo);
    r.setOutRefundNo(outRefundNo);
    r.setReason("customer unsubscribed");
    AmountReq amount = new AmountReq();
    amount.setRefund(refund);
    amount.setTotal(total);
    amount.setCurrency("CNY");
    r.setAmount(amount);
    return r;
  }

  @Test
  void theSameRefundTwiceRefundsOnce() throws Exception {
    String no = paid(1000);
    String outRefundNo = "R" + no;

    Refund first = refunds.create(refund(no, outRefundNo, 300, 1000));
    Refund again = refunds.create(refund(no, outRefundNo, 300, 1000));

    assertThat(first.getStatus()).isEqualTo(Status.SUCCESS);
    assertThat(first.getRefundId()).matches("50\\d{27}");
    assertThat(again.getRefundId()).isEqualTo(first.getRefundId());
    assertThat(first.getAmount().getRefund()).isEqualTo(300L);
    assertThat(first.getAmount().getTotal()).isEqualTo(1000L);
    QueryByOutRefundNoRequest q = new QueryByOutRefundNoRequest();
    q.setOutRefundNo(outRefundNo);
    assertThat(refunds.queryByOutRefundNo(q).getRefundId()).isEqualTo(first.getRefundId());

    JsonNode ledger = sandboxGet("/sandbox/transactions/" + no).json();
    assertThat(ledger.at("/ledger/refundedFen").asLong()).isEqualTo(300);
    assertThat(ledger.at("/ledger/state").asText()).isEqualTo("REFUND");
    assertThat(ledger.get("refunds")).hasSize(1);
    QueryOrderByOutTradeNoRequest query = new QueryOrderByOutTradeNoRequest();
    query.setMchid(MERCHANT.mchid());
    query.setOutTradeNo(no);
    assertThat(payments.queryOrderByOutTradeNo(query).getTradeState()).isEqualTo(Transaction.TradeStateEnum.REFUND);
  }

  @Test
  void theSameOutRefundNoWithAnotherAmountIsRefused() throws Exception {
    String no = paid(1000);
    refunds.create(refund(no, "R" + no, 300, 1000));
    assertThatThrownBy(() -> refunds.create(refund(no, "R" + no, 400, 1000)))
        .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.getErrorCode()).isEqualTo("INVALID_REQUEST"));
  }

  @Test
  void refundsNeverExceedWhatWasPaid() throws Exception {
    String no = paid(1000);
    refunds.create(refund(no, "R1" + no, 600, 1000));

    assertThatThrownBy(() -> refunds.create(refund(no, "R2" + no, 401, 1000)))
        .isInstanceOfSatisfying(ServiceException.class, e -> {
          assertThat(e.getHttpStatusCode()).isEqualTo(400);
          assertThat(e.getErrorCode()).isEqualTo("INVALID_REQUEST");
        });
    assertThat(refunds.create(refund(no, "R3" + no, 400, 1000)).getStatus()).isEqualTo(Status.SUCCESS);
    assertThatThrownBy(() -> refunds.create(refund(no, "R4" + no, 1, 1000))).isInstanceOf(ServiceException.class);
    assertThat(sandboxGet("/sandbox/transactions/" + no).json().at("/ledger/refundedFen").asLong()).isEqualTo(1000);
  }

  @Test
  void anUnpaidOrUnknownTransactionCannotBeRefunded() {
    String no = outTradeNo();
    prepay(payments, MERCHANT, no, 100, NOWHERE);
    assertThatThrownBy(() -> refunds.create(refund(no, "R" + no, 100, 100)))
        .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.getErrorCode()).isEqualTo("INVALID_REQUEST"));
    assertThatThrownBy(() -> refunds.create(refund("NO_SUCH_ORDER_2", "RNO_SUCH", 100, 100)))
        .isInstanceOfSatisfying(ServiceException.class, e -> {
          assertThat(e.getHttpStatusCode()).isEqualTo(404);
          assertThat(e.getErrorCode()).isEqualTo("RESOURCE_NOT_EXISTS");
        });
  }
}
