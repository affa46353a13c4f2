package io.cloudtrade.payment.api;

import io.cloudtrade.kernel.BusinessField;
import io.cloudtrade.kernel.Money;
import java.io.Serial;
import java.io.Serializable;

/** Give money of a succeeded channel payment back through its channel; deduplicated by (payment, requestNo). */
public class RefundChannelPaymentRequest implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** the payer */
  @BusinessField("accountId")
  private long accountId;
  @BusinessField("paymentId")
  private long paymentId;
  /** at most what is left of the payment */
  @BusinessField("amount")
  private Money amount;
  /** the refund's idempotency key (Alipay out_request_no, WeChat Pay out_refund_no), at most 64 characters */
  private String requestNo;
  private String reason;

  public long getAccountId() {
    return accountId;
  }

  public RefundChannelPaymentRequest setAccountId(long accountId) {
    this.accountId = accountId;
    return this;
  }

  public long getPaymentId() {
    return paymentId;
  }

  public RefundChannelPaymentRequest setPaymentId(long paymentId) {
    this.paymentId = paymentId;
    return this;
  }

  public Money getAmount() {
    return amount;
  }

  public RefundChannelPaymentRequest setAmount(Money amount) {
    this.amount = amount;
    return this;
  }

  public String getRequestNo() {
    return requestNo;
  }

  public RefundChannelPaymentRequest setRequestNo(String requestNo) {
    this.requestNo = requestNo;
    return this;
  }

  public String getReason() {
    return reason;
  }

  public RefundChannelPaymentRequest setReason(String reason) {
    this.reason = reason;
    return this;
  }

  @Override
  public String toString() {
    return "RefundChannelPaymentRequest{" + "accountId=" + accountId + ", " + "paymentId=" + paymentId + ", " + "amount=" + amount + ", " + "requestNo=" + requestNo + ", " + "reason=" + reason + "}";
  }
}
