package io.cloudtrade.payment.api;

import io.cloudtrade.kernel.Outcome;
import java.time.LocalDate;

/**
 * The daily reconciliation of channel payments against each channel's bill (Alipay trade bill,
 * WeChat Pay trade bill), exported over Dubbo. The payment service also runs it by itself every
 * morning (Beijing time) for the day before. A day is a Beijing (Asia/Shanghai) date, as both
 * channels cut their bills.
 */
public interface ReconciliationService {
  /**
   * Reconciles a channel's day now: downloads its bill, compares it with our payments and refunds,
   * stores the report (replacing the day's earlier one, in one transaction) and returns it. Today
   * may be reconciled too (the bill so far, where the channel serves one).
   *
   * @param channel {@link ChannelPayments#ALIPAY} or {@link ChannelPayments#WECHATPAY}
   * @param beijingDay the bill day; not in the future
   * @return the report; or {@link io.cloudtrade.kernel.CommonErrors#INVALID_PARAMETER} (unknown channel, no day,
   *     a day in the future), {@link PaymentErrors#CHANNEL_UNAVAILABLE} (the channel is not configured here, or its
   *     bill could not be downloaded: the reason in the message), {@link ReconciliationErrors#RECONCILIATION_RUNNING}
   *     (another run of that day is in progress)
   */
  Outcome<ReconciliationReport> reconcile(String channel, LocalDate beijingDay);

  /**
   * The stored report of a channel's day, as the last finished run made it.
   *
   * @return it; or {@link io.cloudtrade.kernel.CommonErrors#INVALID_PARAMETER} (unknown channel, no day),
   *     {@link ReconciliationErrors#RECONCILIATION_NOT_FOUND} (never finished for that day: the message says whether
   *     a run is going on or failed, and why)
   */
  Outcome<ReconciliationReport> getReconciliation(String channel, LocalDate beijingDay);
}
