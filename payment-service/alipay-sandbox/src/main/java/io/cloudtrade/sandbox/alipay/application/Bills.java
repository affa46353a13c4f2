package io.cloudtrade.sandbox.alipay.application;

import io.cloudtrade.sandbox.alipay.domain.AlipayTime;
import io.cloudtrade.sandbox.alipay.domain.Amounts;
import io.cloudtrade.sandbox.alipay.domain.Ledger;
import io.cloudtrade.sandbox.alipay.domain.Refund;
import io.cloudtrade.sandbox.alipay.domain.Trade;
import io.cloudtrade.sandbox.alipay.protocol.OpenApiCall;
import io.cloudtrade.sandbox.alipay.protocol.OpenApiResult;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The reconciliation bill: the successful payments and refunds of a Beijing day (yyyy-MM-dd) or month
 * (yyyy-MM), as CSV; and alipay.data.dataservice.bill.downloadurl.query, whose bill_download_url
 * points at it (real Alipay serves a zip of CSV files there; the sandbox serves the CSV itself).
 */
public final class Bills {
  /** The CSV's header line. */
  public static final String HEADER = "trade_no,out_trade_no,type,out_request_no,amount,status,time,app_id,subject";

  private final Ledger ledger;
  private final String publicUrl;

  /**
   * @param publicUrl the base of the download links, or null for the URL each request came to
   */
  public Bills(Ledger ledger, String publicUrl) {
    this.ledger = ledger;
    this.publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.replaceAll("/+$", "");
  }

  /** One line of the bill. */
  private record Line(Instant time, String csv) {
  }

  /**
   * The bill of a period: a header line, then one line per payment (type PAY, status TRADE_SUCCESS)
   * and per refund (type REFUND, status REFUND_SUCCESS) in time order; amounts are positive, times in
   * Beijing time.
   *
   * @param period yyyy-MM-dd or yyyy-MM
   * @param appId only this application's trades, or null for all
   * @throws IllegalArgumentException when the period is neither
   */
  public String csv(String period, String appId) {
    Instant[] range = range(period);
    List<Line> lines = new ArrayList<>();
    for (Trade t : ledger.all()) {
      if (appId != null && !appId.equals(t.appId())) {
        continue;
      }
      if (within(t.gmtPayment(), range)) {
        lines.add(new Line(t.gmtPayment(), row(t, "PAY", "", t.totalCents(), "TRADE_SUCCESS", t.gmtPayment())));
      }
      for (Refund r : t.refunds()) {
        if (within(r.gmtRefund(), range)) {
          lines.add(new Line(r.gmtRefund(),
              row(t, "REFUND", r.outRequestNo(), r.amountCents(), "REFUND_SUCCESS", r.gmtRefund())));
        }
      }
    }
    lines.sort(Comparator.comparing(Line::time));
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    lines.forEach(l -> csv.append(l.csv()).append('\n'));
    return csv.toString();
  }

  /** alipay.data.dataservice.bill.downloadurl.query (bill_type trade, bill_date yyyy-MM-dd or yyyy-MM). */
  public OpenApiResult downloadUrl(OpenApiCall call) {
    String billType = call.text("bill_type");
    String billDate = call.text("bill_date");
    if (!"trade".equals(billType) && !"signcustomer".equals(billType)) {
      return OpenApiResult.businessFailed("isv.invalid-arguments", "bill_type must be trade or signcustomer");
    }
    try {
      range(billDate);
    } catch (IllegalArgumentException e) {
      return OpenApiResult.businessFailed("isv.invalid-arguments", "bill_date must be yyyy-MM-dd or yyyy-MM");
    }
    String base = publicUrl != null ? publicUrl : call.baseUrl();
    String url = base + "/sandbox/bills/" + billDate + "?app_id=" + URLEncoder.encode(call.appId(), StandardCharsets.UTF_8);
    return OpenApiResult.success(Map.of("bill_download_url", url));
  }

  private static Instant[] range(String period) {
    if (period == null) {
      throw new IllegalArgumentException("no period");
    }
    try {
      if (period.length() == 7) {
        YearMonth month = YearMonth.parse(period);
        return new Instant[] {month.atDay(1).atStartOfDay(AlipayTime.ZONE).toInstant(),
            month.plusMonths(1).atDay(1).atStartOfDay(AlipayTime.ZONE).toInstant()};
      }
      LocalDate day = LocalDate.parse(period);
      return new Instant[] {day.atStartOfDay(AlipayTime.ZONE).toInstant(),
          day.plusDays(1).atStartOfDay(AlipayTime.ZONE).toInstant()};
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a yyyy-MM-dd day or a yyyy-MM month: " + period, e);
    }
  }

  private static boolean within(Instant time, Instant[] range) {
    return time != null && !time.isBefore(range[0]) && time.isBefore(range[1]);
  }

  private static String row(Trade t, String type, String outRequestNo, long cents, String status, Instant time) {
    return String.join(",", cell(t.tradeNo()), cell(t.outTradeNo()), type, cell(outRequestNo),
        Amounts.format(cents), status, AlipayTime.format(time), cell(t.appId()), cell(t.subject()));
  }

  /** A CSV cell, quoted when it holds a comma, a quote or a line break. */
  private static String cell(String value) {
    if (value == null) {
      return "";
    }
    if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
