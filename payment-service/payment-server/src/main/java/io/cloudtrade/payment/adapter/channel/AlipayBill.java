package io.cloudtrade.payment.adapter.channel;

import com.alipay.api.AlipayApiException;
import com.alipay.api.AlipayClient;
import com.alipay.api.domain.AlipayDataDataserviceBillDownloadurlQueryModel;
import com.alipay.api.request.AlipayDataDataserviceBillDownloadurlQueryRequest;
import com.alipay.api.response.AlipayDataDataserviceBillDownloadurlQueryResponse;
import io.cloudtrade.payment.api.ChannelPayments;
import io.cloudtrade.payment.application.ChannelBill;
import io.cloudtrade.payment.domain.BillComparison;
import io.cloudtrade.payment.domain.BillLine;
import io.cloudtrade.payment.domain.LineType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alipay's daily trade bill: {@code alipay.data.dataservice.bill.downloadurl.query} (bill_type trade)
 * through the official SDK, signed like every call (the client of the {@link AlipayConnection} the channel uses too), then a plain GET of
 * {@code bill_download_url}.
 *
 * <p>The bill read is the sandbox's CSV ({@code trade_no,out_trade_no,type,out_request_no,amount,status,
 * time,app_id,subject}; Beijing times, yuan amounts). The real Alipay serves a zip of GBK CSV files with
 * Chinese headers there: that is refused with a clear message until it is implemented. Alipay answers
 * {@code isp.bill_not_exist} for a day without trades: an empty bill.
 */
public class AlipayBill implements ChannelBill {
  private static final Logger log = LoggerFactory.getLogger(AlipayBill.class);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final AlipayClient client;
  private final String appId;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NORMAL).build();

  public AlipayBill(AlipayConnection alipay) {
    this.client = alipay.client();
    this.appId = alipay.appId();
  }

  @Override
  public String channel() {
    return ChannelPayments.ALIPAY;
  }

  @Override
  public List<BillLine> download(LocalDate beijingDay) {
    AlipayDataDataserviceBillDownloadurlQueryModel model = new AlipayDataDataserviceBillDownloadurlQueryModel();
    model.setBillType("trade");
    model.setBillDate(beijingDay.toString());
    AlipayDataDataserviceBillDownloadurlQueryRequest request = new AlipayDataDataserviceBillDownloadurlQueryRequest();
    request.setBizModel(model);
    AlipayDataDataserviceBillDownloadurlQueryResponse answer;
    try {
      answer = client.execute(request);
    } catch (AlipayApiException | RuntimeException e) {
      throw new Unavailable("Alipay did not answer the bill query: " + describe(e), e);
    }
    if (!answer.isSuccess()) {
      if ("isp.bill_not_exist".equals(answer.getSubCode())) {
        return List.of(); // no trades that day
      }
      throw new Unavailable("Alipay refused the bill query: " + answer.getCode() + " " + answer.getSubCode() + " "
          + answer.getSubMsg());
    }
    String url = answer.getBillDownloadUrl();
    if (url == null || url.isBlank()) {
      throw new Unavailable("Alipay's bill query answered no bill_download_url");
    }
    return read(beijingDay, fetch(url));
  }

  private byte[] fetch(String url) {
    HttpResponse<byte[]> r;
    try {
      r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException | IllegalArgumentException e) {
      throw new Unavailable("the bill download from Alipay failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("interrupted while downloading Alipay's bill", e);
    }
    if (r.statusCode() != 200) {
      throw new Unavailable("the bill download from Alipay answered HTTP " + r.statusCode());
    }
    byte[] body = r.body();
    if (body.length >= 2 && body[0] == 'P' && body[1] == 'K') {
      throw new Unavailable("Alipay served its zip bill; this service reads the sandbox's CSV bill only so far");
    }
    return body;
  }

  List<BillLine> read(LocalDate day, byte[] body) {
    BillCsv csv = BillCsv.parse("Alipay's bill of " + day, new String(body, StandardCharsets.UTF_8))
        .require("trade_no", "out_trade_no", "type", "out_request_no", "amount", "status", "time", "app_id");
    List<BillLine> lines = new ArrayList<>(csv.size());
    int foreign = 0;
    for (int i = 0; i < csv.size(); i++) {
      if (!appId.equals(csv.cell(i, "app_id"))) {
        foreign++;
        continue;
      }
      String type = csv.cell(i, "type");
      if (!"PAY".equals(type) && !"REFUND".equals(type)) {
        throw csv.bad(i, "type " + type + " is neither PAY nor REFUND");
      }
      try {
        lines.add(new BillLine(csv.cell(i, "trade_no"), csv.cell(i, "out_trade_no"), LineType.valueOf(type),
            csv.cell(i, "out_request_no"), BillCsv.yuanToFen(csv.cell(i, "amount")), csv.cell(i, "status"),
            LocalDateTime.parse(csv.cell(i, "time"), TIME).atZone(BillComparison.BEIJING).toInstant()));
      } catch (ArithmeticException | NumberFormatException | DateTimeParseException e) {
        throw csv.bad(i, e.getMessage());
      }
    }
    if (foreign > 0) {
      log.warn("Alipay's bill of {} has {} lines of other applications than {}; they are not ours and were left out", day, foreign,
          appId);
    }
    return lines;
  }

  private static String describe(Exception e) {
    return e instanceof AlipayApiException a ? a.getErrCode() + " " + a.getErrMsg() : e.toString();
  }
}
