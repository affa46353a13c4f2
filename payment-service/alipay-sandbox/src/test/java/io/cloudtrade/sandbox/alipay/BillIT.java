package io.cloudtrade.sandbox.alipay;

import static org.assertj.core.api.Assertions.assertThat;

import com.alipay.api.domain.AlipayDataDataserviceBillDownloadurlQueryModel;
import com.alipay.api.request.AlipayDataDataserviceBillDownloadurlQueryRequest;
import com.alipay.api.response.AlipayDataDataserviceBillDownloadurlQueryResponse;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** The reconciliation bill: the day's payments and refunds, also reachable as Alipay's download URL. */
class BillIT extends SandboxItBase {

  @Test
  void theBillListsTheDaysPaymentsAndRefunds() {
    String paid = paidTrade("18.80");
    String refunded = paidTrade("7.00");
    refund(refunded, "2.00", "BR1");
    String unpaid = newOutTradeNo();
    precreate(unpaid, "1.00");
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    ResponseEntity<String> bill = http.getForEntity("/sandbox/bills/" + today, String.class);
    assertThat(bill.getHeaders().getContentType().toString()).startsWith("text/csv");
    List<String> lines = bill.getBody().lines().toList();
    assertThat(lines.get(0)).isEqualTo("trade_no,out_trade_no,type,out_request_no,amount,status,time,app_id,subject");
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("," + paid + ",PAY,,18.80,TRADE_SUCCESS,"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("," + refunded + ",PAY,,7.00,TRADE_SUCCESS,"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("," + refunded + ",REFUND,BR1,2.00,REFUND_SUCCESS,"));
    assertThat(lines).noneSatisfy(l -> assertThat(l).contains(unpaid));

    String yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
    assertThat(http.getForObject("/sandbox/bills/" + yesterday, String.class)).doesNotContain(paid);
    assertThat(http.getForEntity("/sandbox/bills/someday", String.class).getStatusCode().value()).isEqualTo(400);
  }

  @Test
  void theBillDownloadUrlPointsAtTheBill() {
    String paid = paidTrade("3.30");
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    AlipayDataDataserviceBillDownloadurlQueryModel model = new AlipayDataDataserviceBillDownloadurlQueryModel();
    model.setBillType("trade");
    model.setBillDate(today);
    AlipayDataDataserviceBillDownloadurlQueryRequest request = new AlipayDataDataserviceBillDownloadurlQueryRequest();
    request.setBizModel(model);
    AlipayDataDataserviceBillDownloadurlQueryResponse response = execute(request);
    assertThat(response.isSuccess()).isTrue();

    URI url = URI.create(response.getBillDownloadUrl());
    assertThat(url.getPath()).isEqualTo("/sandbox/bills/" + today);
    assertThat(http.getForObject(url, String.class)).contains("," + paid + ",PAY,");
  }
}
