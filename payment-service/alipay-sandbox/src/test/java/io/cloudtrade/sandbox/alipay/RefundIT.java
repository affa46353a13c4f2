package io.cloudtrade.sandbox.alipay;

import static org.assertj.core.api.Assertions.assertThat;

import com.alipay.api.domain.AlipayTradeFastpayRefundQueryModel;
import com.alipay.api.domain.AlipayTradeRefundModel;
import com.alipay.api.request.AlipayTradeFastpayRefundQueryRequest;
import com.alipay.api.request.AlipayTradeRefundRequest;
import com.alipay.api.response.AlipayTradeFastpayRefundQueryResponse;
import com.alipay.api.response.AlipayTradeRefundResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Refunds through the official SDK: deduplication, the paid amount as a ceiling, refund queries. */
class RefundIT extends SandboxItBase {

  @Test
  void theSameRefundRequestTwiceRefundsOnce() {
    String outTradeNo = paidTrade("30.00");
    AlipayTradeRefundResponse first = refund(outTradeNo, "10.00", "R1");
    assertThat(first.isSuccess()).isTrue();
    assertThat(first.getFundChange()).isEqualTo("Y");
    assertThat(first.getRefundFee()).isEqualTo("10.00");
    assertThat(first.getTradeNo()).isNotBlank();

    AlipayTradeRefundResponse again = refund(outTradeNo, "10.00", "R1");
    assertThat(again.isSuccess()).isTrue();
    assertThat(again.getFundChange()).isEqualTo("N");
    assertThat(again.getRefundFee()).isEqualTo("10.00");
    assertThat(again.getGmtRefundPay()).isEqualTo(first.getGmtRefundPay());

    assertThat(ledgerEntry(outTradeNo)).containsEntry("refundedAmount", "10.00").containsEntry("status", "TRADE_SUCCESS");
    assertThat(query(outTradeNo).getTradeStatus()).isEqualTo("TRADE_SUCCESS");

    AlipayTradeRefundResponse changed = refund(outTradeNo, "11.00", "R1");
    assertThat(changed.getSubCode()).isEqualTo("ACQ.DISCORDANT_REPEAT_REQUEST");
  }

  @Test
  void refundsBeyondThePaidAmountAreRefused() {
    String outTradeNo = paidTrade("10.00");
    assertThat(refund(outTradeNo, "6.00", "A").getRefundFee()).isEqualTo("6.00");
    AlipayTradeRefundResponse tooMuch = refund(outTradeNo, "4.01", "B");
    assertThat(tooMuch.isSuccess()).isFalse();
    assertThat(tooMuch.getCode()).isEqualTo("40004");
    assertThat(tooMuch.getSubCode()).isEqualTo("ACQ.REASON_TRADE_REFUND_FEE_ERR");

    AlipayTradeRefundResponse rest = refund(outTradeNo, "4.00", "C");
    assertThat(rest.getRefundFee()).isEqualTo("10.00");
    assertThat(query(outTradeNo).getTradeStatus()).as("fully refunded").isEqualTo("TRADE_CLOSED");
    assertThat(refund(outTradeNo, "0.01", "D").getSubCode()).isEqualTo("ACQ.TRADE_STATUS_ERROR");
    assertThat(refund(outTradeNo, "4.00", "C").getFundChange()).as("a replay still answers").isEqualTo("N");
  }

  @Test
  void concurrentRefundsNeverExceedThePaidAmount() throws Exception {
    String outTradeNo = paidTrade("1.00");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<AlipayTradeRefundResponse>> answers = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        String outRequestNo = "P" + i;
        answers.add(pool.submit(() -> refund(outTradeNo, "0.30", outRequestNo)));
      }
      int refunded = 0;
      for (Future<AlipayTradeRefundResponse> answer : answers) {
        if (answer.get().isSuccess()) {
          refunded++;
        } else {
          assertThat(answer.get().getSubCode()).isIn("ACQ.REASON_TRADE_REFUND_FEE_ERR");
        }
      }
      assertThat(refunded).isEqualTo(3);
      assertThat(ledgerEntry(outTradeNo)).containsEntry("refundedAmount", "0.90");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRefundWithoutOutRequestNoMustBeFull() {
    String outTradeNo = paidTrade("8.00");
    AlipayTradeRefundResponse partial = refund(outTradeNo, "3.00", null);
    assertThat(partial.getSubCode()).isEqualTo("ACQ.REFUND_AMT_NOT_EQUAL_TOTAL");
    AlipayTradeRefundResponse full = refund(outTradeNo, "8.00", null);
    assertThat(full.getFundChange()).isEqualTo("Y");
    assertThat(query(outTradeNo).getTradeStatus()).isEqualTo("TRADE_CLOSED");
  }

  @Test
  void refundsOfUnpaidOrUnknownTradesAreRefused() {
    String outTradeNo = newOutTradeNo();
    precreate(outTradeNo, "2.00");
    assertThat(refund(outTradeNo, "1.00", "X").getSubCode()).isEqualTo("ACQ.TRADE_STATUS_ERROR");
    assertThat(refund(newOutTradeNo(), "1.00", "X").getSubCode()).isEqualTo("ACQ.TRADE_NOT_EXIST");
    assertThat(refund(paidTrade("2.00"), "1.001", "X").getSubCode()).isEqualTo("ACQ.INVALID_PARAMETER");
  }

  @Test
  void aRefundIsFoundByItsOutRequestNoAndByTradeNo() {
    String outTradeNo = paidTrade("12.00");
    String tradeNo = refund(outTradeNo, "2.50", "Q1").getTradeNo();

    AlipayTradeFastpayRefundQueryResponse found = refundQuery(outTradeNo, null, "Q1");
    assertThat(found.isSuccess()).isTrue();
    assertThat(found.getOutRequestNo()).isEqualTo("Q1");
    assertThat(found.getRefundAmount()).isEqualTo("2.50");
    assertThat(found.getTotalAmount()).isEqualTo("12.00");
    assertThat(found.getRefundStatus()).isEqualTo("REFUND_SUCCESS");

    AlipayTradeFastpayRefundQueryResponse byTradeNo = refundQuery(null, tradeNo, "Q1");
    assertThat(byTradeNo.getRefundAmount()).isEqualTo("2.50");

    AlipayTradeFastpayRefundQueryResponse none = refundQuery(outTradeNo, null, "Q2");
    assertThat(none.isSuccess()).isTrue();
    assertThat(none.getRefundAmount()).as("Alipay: no refund data, no refund").isNull();

    // a refund by trade_no works the same
    AlipayTradeRefundModel model = new AlipayTradeRefundModel();
    model.setTradeNo(tradeNo);
    model.setRefundAmount("1.50");
    model.setOutRequestNo("Q3");
    AlipayTradeRefundRequest request = new AlipayTradeRefundRequest();
    request.setBizModel(model);
    assertThat(execute(request).getRefundFee()).isEqualTo("4.00");
  }

  private AlipayTradeFastpayRefundQueryResponse refundQuery(String outTradeNo, String tradeNo, String outRequestNo) {
    AlipayTradeFastpayRefundQueryModel model = new AlipayTradeFastpayRefundQueryModel();
    model.setOutTradeNo(outTradeNo);
    model.setTradeNo(tradeNo);
    model.setOutRequestNo(outRequestNo);
    AlipayTradeFastpayRefundQueryRequest request = new AlipayTradeFastpayRefundQueryRequest();
    request.setBizModel(model);
    return execute(request);
  }
}
