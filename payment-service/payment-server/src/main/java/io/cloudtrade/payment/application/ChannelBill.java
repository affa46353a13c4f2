package io.cloudtrade.payment.application;

import io.cloudtrade.payment.domain.BillLine;
import java.time.LocalDate;
import java.util.List;

/**
 * A channel's daily trade bill (Alipay's, WeChat Pay's), read through the channel's own protocol:
 * what the reconciliation compares our records with.
 */
public interface ChannelBill {
  /** {@link io.cloudtrade.payment.api.ChannelPayments#ALIPAY} or WECHATPAY. */
  String channel();

  /**
   * Every line of the bill of a Beijing day, in the channel's order; empty when the channel says it had
   * no trades that day.
   *
   * @throws Unavailable when the bill cannot be had: the channel unreachable or refusing, the download or
   *     its digest failing, a line that cannot be read. The message says which, in words.
   */
  List<BillLine> download(LocalDate beijingDay);

  /** The bill of a day could not be downloaded or read. */
  class Unavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Unavailable(String message) {
      super(message);
    }

    public Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
