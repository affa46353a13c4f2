package io.cloudtrade.payment.adapter.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudtrade.payment.application.ChannelBill;
import io.cloudtrade.payment.domain.BillLine;
import io.cloudtrade.payment.domain.LineType;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the channels' CSV bills: quoting, amounts in yuan and fen, Beijing times, lines of other merchants. */
class BillCsvTest {
  static final LocalDate DAY = LocalDate.of(2026, 11, 24);

  @Test
  void aQuotedCellMayHoldCommasQuotesAndLineBreaks() {
    BillCsv csv = BillCsv.parse("bill", "a,b,c\r\n1,\"x, \"\"y\"\"\nz\",3\n\n4,,\n");
    assertThat(csv.size()).isEqualTo(2);
    assertThat(csv.cell(0, "b")).isEqualTo("x, \"y\"\nz");
    assertThat(csv.cell(1, "a")).isEqualTo("4");
    assertThat(csv.cell(1, "c")).isEmpty();
    assertThatThrownBy(() -> BillCsv.parse("bill", "a,b\n1,\"cut")).isInstanceOf(ChannelBill.Unavailable.class);
    assertThatThrownBy(() -> BillCsv.parse("bill", "a,b\n1,2\n").require("amount"))
        .isInstanceOf(ChannelBill.Unavailable.class).hasMessageContaining("no column amount");
  }

  @Test
  void yuanBecomeFenWithoutADoubleAndMoreThanTwoPlacesIsRefused() {
    assertThat(BillCsv.yuanToFen("12.30")).isEqualTo(1230);
    assertThat(BillCsv.yuanToFen("12.3")).isEqualTo(1230);
    assertThat(BillCsv.yuanToFen("12")).isEqualTo(1200);
    assertThat(BillCsv.yuanToFen("0.07")).isEqualTo(7);
    assertThat(BillCsv.yuanToFen("99999999.99")).isEqualTo(9_999_999_999L);
    assertThatThrownBy(() -> BillCsv.yuanToFen("1.005")).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void anAlipayBillIsReadInBeijingTimeAndOtherApplicationsLinesAreLeftOut() throws Exception {
    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
    rsa.initialize(2048);
    String key = Base64.getEncoder().encodeToString(rsa.generateKeyPair().getPrivate().getEncoded());
    AlipayBill bill = new AlipayBill(new AlipayConnection("http://127.0.0.1:1/gateway.do", "2021000000000777", key, key));
    String csv = """
        trade_no,out_trade_no,type,out_request_no,amount,status,time,app_id,subject
        2026112422001,1001,PAY,,12.30,TRADE_SUCCESS,2026-11-24 23:59:59,2021000000000777,"ecs.g7.large, 1 month"
        2026112422001,1001,REFUND,r1,2.00,REFUND_SUCCESS,2026-11-25 00:00:01,2021000000000777,"ecs.g7.large, 1 month"
        2026112422002,9,PAY,,1.00,TRADE_SUCCESS,2026-11-24 10:00:00,2021000000000999,other
        """;
    List<BillLine> lines = bill.read(DAY, csv.getBytes(StandardCharsets.UTF_8));
    assertThat(lines).containsExactly(
        new BillLine("2026112422001", "1001", LineType.PAY, "", 1230, "TRADE_SUCCESS", Instant.parse("2026-11-24T15:59:59Z")),
        new BillLine("2026112422001", "1001", LineType.REFUND, "r1", 200, "REFUND_SUCCESS", Instant.parse("2026-11-24T16:00:01Z")));
    assertThatThrownBy(() -> bill.read(DAY, csv.replace("12.30", "12.3x").getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ChannelBill.Unavailable.class).hasMessageContaining("line 2");
  }
}
