package io.cloudtrade.payment.adapter.channel;

import com.wechat.pay.java.core.exception.ServiceException;
import com.wechat.pay.java.service.billdownload.BillDownloadServiceExtension;
import com.wechat.pay.java.service.billdownload.DigestBillEntity;
import com.wechat.pay.java.service.billdownload.model.BillType;
import com.wechat.pay.java.service.billdownload.model.GetTradeBillRequest;
import com.wechat.pay.java.service.billdownload.model.TarType;
import io.cloudtrade.payment.api.ChannelPayments;
import io.cloudtrade.payment.application.ChannelBill;
import io.cloudtrade.payment.domain.BillLine;
import io.cloudtrade.payment.domain.LineType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WeChat Pay's daily trade bill through the official SDK: {@code GET /v3/bill/tradebill} (bill_type
 * ALL, tar_type GZIP), then the signed download of {@code download_url}, gunzipped and checked against
 * the announced SHA1 ({@link BillDownloadServiceExtension}). The SDK client is the {@link
 * WechatPayConnection}'s, as the channel's.
 *
 * <p>The bill read is the sandbox's CSV ({@code time,mchid,appid,trade_type,transaction_id,
 * out_trade_no,type,out_refund_no,refund_id,amount_fen,currency,status}; RFC 3339 times, amounts in
 * fen). The real WeChat Pay bill has Chinese headers, backtick-prefixed cells and summary lines: it is
 * refused with a clear message (no such columns) until it is implemented. WeChat Pay answers
 * {@code NO_STATEMENT_EXIST} for a day without trades: an empty bill.
 */
public class WechatPayBill implements ChannelBill {
  private static final Logger log = LoggerFactory.getLogger(WechatPayBill.class);

  private final BillDownloadServiceExtension bills;
  private final String mchid;

  public WechatPayBill(WechatPayConnection wechat) {
    this.bills = new BillDownloadServiceExtension.Builder().httpClient(wechat.http()).decryptor(wechat.config().createDecryptor()).build();
    this.mchid = wechat.mchid();
  }

  @Override
  public String channel() {
    return ChannelPayments.WECHATPAY;
  }

  @Override
  public List<BillLine> download(LocalDate beijingDay) {
    GetTradeBillRequest request = new GetTradeBillRequest();
    request.setBillDate(beijingDay.toString());
    request.setBillType(BillType.ALL);
    request.setTarType(TarType.GZIP);
    byte[] csv;
    try {
      DigestBillEntity bill = bills.getTradeBill(request);
      try (InputStream in = bill.getInputStream()) {
        csv = in.readAllBytes();
      }
      if (!bill.verifyHash()) {
        throw new Unavailable("WeChat Pay's bill of " + beijingDay + " does not match its SHA1: incomplete or altered");
      }
    } catch (ServiceException e) {
      if ("NO_STATEMENT_EXIST".equals(e.getErrorCode())) {
        return List.of(); // no trades that day
      }
      throw new Unavailable("WeChat Pay refused the bill of " + beijingDay + ": HTTP " + e.getHttpStatusCode() + " "
          + e.getErrorCode() + " " + e.getErrorMessage(), e);
    } catch (IOException e) {
      throw new Unavailable("the download of WeChat Pay's bill of " + beijingDay + " failed: " + e, e);
    } catch (Unavailable e) {
      throw e;
    } catch (RuntimeException e) {
      // HttpException (unreachable), ValidationException (the answer's signature), MalformedMessageException
      throw new Unavailable("WeChat Pay's bill of " + beijingDay + " could not be had: " + e, e);
    }
    return read(beijingDay, csv);
  }

  List<BillLine> read(LocalDate day, byte[] body) {
    BillCsv csv = BillCsv.parse("WeChat Pay's bill of " + day, new String(body, StandardCharsets.UTF_8))
        .require("time", "mchid", "transaction_id", "out_trade_no", "type", "out_refund_no", "amount_fen", "status");
    List<BillLine> lines = new ArrayList<>(csv.size());
    int foreign = 0;
    for (int i = 0; i < csv.size(); i++) {
      if (!mchid.equals(csv.cell(i, "mchid"))) {
        foreign++;
        continue;
      }
      String type = csv.cell(i, "type");
      if (!"PAY".equals(type) && !"REFUND".equals(type)) {
        throw csv.bad(i, "type " + type + " is neither PAY nor REFUND");
      }
      try {
        lines.add(new BillLine(csv.cell(i, "transaction_id"), csv.cell(i, "out_trade_no"), LineType.valueOf(type),
            csv.cell(i, "out_refund_no"), Long.parseLong(csv.cell(i, "amount_fen")), csv.cell(i, "status"),
            OffsetDateTime.parse(csv.cell(i, "time")).toInstant()));
      } catch (NumberFormatException | DateTimeParseException e) {
        throw csv.bad(i, e.getMessage());
      }
    }
    if (foreign > 0) {
      log.warn("WeChat Pay's bill of {} has {} lines of other merchants than {}; they were left out", day, foreign, mchid);
    }
    return lines;
  }
}
