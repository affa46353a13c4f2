package io.cloudtrade.payment.api;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored reconciliation of one channel for one Beijing day: how many of our records and bill
 * lines were compared, how many agreed, and every difference with its kind.
 */
public class ReconciliationReport implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** {@link ChannelPayments#ALIPAY} or WECHATPAY */
  private String channel;
  /** the bill day, a Beijing (Asia/Shanghai) date */
  private LocalDate day;
  /** our succeeded payments and refunds of the channel recorded that day */
  private int ourRecordCount;
  /** lines of the channel's bill of that day */
  private int billLineCount;
  /** bill lines that agree with our record of them (status and amount) */
  private int matchedCount;
  /** our records of the day the channel booked on the day before or after (midnight) */
  private int onNeighbourBillsCount;
  /** every difference found, bill order first, then ours */
  private List<ReconciliationDifference> differences = new ArrayList<>();
  /** when this report was made */
  private Instant finishedAt;

  public String getChannel() {
    return channel;
  }

  public ReconciliationReport setChannel(String channel) {
    this.channel = channel;
    return this;
  }

  public LocalDate getDay() {
    return day;
  }

  public ReconciliationReport setDay(LocalDate day) {
    this.day = day;
    return this;
  }

  public int getOurRecordCount() {
    return ourRecordCount;
  }

  public ReconciliationReport setOurRecordCount(int ourRecordCount) {
    this.ourRecordCount = ourRecordCount;
    return this;
  }

  public int getBillLineCount() {
    return billLineCount;
  }

  public ReconciliationReport setBillLineCount(int billLineCount) {
    this.billLineCount = billLineCount;
    return this;
  }

  public int getMatchedCount() {
    return matchedCount;
  }

  public ReconciliationReport setMatchedCount(int matchedCount) {
    this.matchedCount = matchedCount;
    return this;
  }

  public int getOnNeighbourBillsCount() {
    return onNeighbourBillsCount;
  }

  public ReconciliationReport setOnNeighbourBillsCount(int onNeighbourBillsCount) {
    this.onNeighbourBillsCount = onNeighbourBillsCount;
    return this;
  }

  public List<ReconciliationDifference> getDifferences() {
    return differences;
  }

  public ReconciliationReport setDifferences(List<ReconciliationDifference> differences) {
    this.differences = differences;
    return this;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public ReconciliationReport setFinishedAt(Instant finishedAt) {
    this.finishedAt = finishedAt;
    return this;
  }

  @Override
  public String toString() {
    return "ReconciliationReport{" + "channel=" + channel + ", " + "day=" + day + ", " + "ourRecordCount=" + ourRecordCount + ", " + "billLineCount=" + billLineCount + ", " + "matchedCount=" + matchedCount + ", " + "onNeighbourBillsCount=" + onNeighbourBillsCount + ", " + "differences=" + differences + ", " + "finishedAt=" + finishedAt + "}";
  }
}
