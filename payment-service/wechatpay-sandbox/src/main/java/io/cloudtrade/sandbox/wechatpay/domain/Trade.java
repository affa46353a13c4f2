package io.cloudtrade.sandbox.wechatpay.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One transaction in the sandbox's ledger, immutable: a change is a new value with a higher
 * {@code version}, swapped in by the {@link Ledger} with a compare-and-set. Amounts are in fen.
 *
 * @param transactionId WeChat Pay's id, assigned when the transaction is created
 * @param codeUrl the Native QR code content ({@code null} for micropay)
 * @param authCode the payer's payment code ({@code null} for Native)
 * @param openid the payer, once known
 * @param failureCode why the payment failed (state {@link TradeState#PAYERROR})
 * @param refundedFen the sum of accepted refunds (and of a reversal of a paid micropay)
 * @param successTime when it was paid
 * @param endTime when it was closed or reversed
 */
public record Trade(
    String mchid,
    String appid,
    String outTradeNo,
    String transactionId,
    TradeType tradeType,
    TradeState state,
    String description,
    String attach,
    long totalFen,
    String currency,
    String notifyUrl,
    String codeUrl,
    String authCode,
    String openid,
    String failureCode,
    long refundedFen,
    Instant createTime,
    Instant successTime,
    Instant endTime,
    long version) {

  public Trade {
    Objects.requireNonNull(mchid);
    Objects.requireNonNull(outTradeNo);
    Objects.requireNonNull(transactionId);
    Objects.requireNonNull(tradeType);
    Objects.requireNonNull(state);
    Objects.requireNonNull(currency);
    Objects.requireNonNull(createTime);
    if (totalFen <= 0) {
      throw new IllegalArgumentException("total must be positive: " + totalFen);
    }
    if (refundedFen < 0 || refundedFen > totalFen) {
      throw new IllegalArgumentException("refunded " + refundedFen + " of " + totalFen);
    }
  }

  public TradeKey key() {
    return new TradeKey(mchid, outTradeNo);
  }

  /** What may still be refunded. */
  public long refundableFen() {
    return state.isPaid() ? totalFen - refundedFen : 0;
  }

  /** A copy to change; {@link Builder#build()} raises the version. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** A new transaction, version 1. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Trade}. */
  public static final class Builder {
    private String mchid;
    private String appid;
    private String outTradeNo;
    private String transactionId;
    private TradeType tradeType;
    private TradeState state;
    private String description;
    private String attach;
    private long totalFen;
    private String currency = "CNY";
    private String notifyUrl;
    private String codeUrl;
    private String authCode;
    private String openid;
    private String failureCode;
    private long refundedFen;
    private Instant createTime;
    private Instant successTime;
    private Instant endTime;
    private long version;

    private Builder() {
    }

    private Builder(Trade t) {
      mchid = t.mchid;
      appid = t.appid;
      outTradeNo = t.outTradeNo;
      transactionId = t.transactionId;
      tradeType = t.tradeType;
      state = t.state;
      description = t.description;
      attach = t.attach;
      totalFen = t.totalFen;
      currency = t.currency;
      notifyUrl = t.notifyUrl;
      codeUrl = t.codeUrl;
      authCode = t.authCode;
      openid = t.openid;
      failureCode = t.failureCode;
      refundedFen = t.refundedFen;
      createTime = t.createTime;
      successTime = t.successTime;
      endTime = t.endTime;
      version = t.version;
    }

    public Builder mchid(String v) {
      mchid = v;
      return this;
    }

    public Builder appid(String v) {
      appid = v;
      return this;
    }

    public Builder outTradeNo(String v) {
      outTradeNo = v;
      return this;
    }

    public Builder transactionId(String v) {
      transactionId = v;
      return this;
    }

    public Builder tradeType(TradeType v) {
      tradeType = v;
      return this;
    }

    public Builder state(TradeState v) {
      state = v;
      return this;
    }

    public Builder description(String v) {
      description = v;
      return this;
    }

    public Builder attach(String v) {
      attach = v;
      return this;
    }

    public Builder totalFen(long v) {
      totalFen = v;
      return this;
    }

    public Builder currency(String v) {
      currency = v;
      return this;
    }

    public Builder notifyUrl(String v) {
      notifyUrl = v;
      return this;
    }

    public Builder codeUrl(String v) {
      codeUrl = v;
      return this;
    }

    public Builder authCode(String v) {
      authCode = v;
      return this;
    }

    public Builder openid(String v) {
      openid = v;
      return this;
    }

    public Builder failureCode(String v) {
      failureCode = v;
      return this;
    }

    public Builder refundedFen(long v) {
      refundedFen = v;
      return this;
    }

    public Builder createTime(Instant v) {
      createTime = v;
      return this;
    }

    public Builder successTime(Instant v) {
      successTime = v;
      return this;
    }

    public Builder endTime(Instant v) {
      endTime = v;
      return this;
    }

    /** The transaction, one version after the one it was copied from. */
    public Trade build() {
      return new Trade(mchid, appid, outTradeNo, transactionId, tradeType, state, description, attach, totalFen,
          currency, notifyUrl, codeUrl, authCode, openid, failureCode, refundedFen, createTime, successTime, endTime,
          version + 1);
    }
  }
}
