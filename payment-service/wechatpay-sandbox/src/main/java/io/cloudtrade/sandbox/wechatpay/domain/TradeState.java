package io.cloudtrade.sandbox.wechatpay.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The states of a WeChat Pay transaction ({@code trade_state}) and, in one place, the transitions
 * between them that the sandbox allows. Every change of state in the {@link Ledger} is checked
 * against this table and applied as a compare-and-set.
 */
public enum TradeState {
  /** Created by a Native prepay; nobody has paid yet. */
  NOTPAY("未支付"),
  /** A micropay waiting for the payer to enter the password. */
  USERPAYING("用户支付中（需要输入密码）"),
  /** Paid. */
  SUCCESS("支付成功"),
  /** Paid, then (partly or fully) refunded. */
  REFUND("转入退款"),
  /** Closed by the merchant before payment. */
  CLOSED("已关闭"),
  /** A micropay reversed by the merchant (unpaid: cancelled; paid: refunded in full). */
  REVOKED("已撤销"),
  /** The payer's payment failed. */
  PAYERROR("支付失败，请重新下单支付");

  private static final Map<TradeState, Set<TradeState>> NEXT = Map.of(
      NOTPAY, EnumSet.of(SUCCESS, CLOSED, PAYERROR, REVOKED),
      USERPAYING, EnumSet.of(SUCCESS, PAYERROR, REVOKED),
      SUCCESS, EnumSet.of(REFUND, REVOKED),
      REFUND, EnumSet.of(REFUND),
      PAYERROR, EnumSet.of(CLOSED, REVOKED),
      CLOSED, EnumSet.noneOf(TradeState.class),
      REVOKED, EnumSet.noneOf(TradeState.class));

  private final String description;

  TradeState(String description) {
    this.description = description;
  }

  /** The {@code trade_state_desc} WeChat Pay shows for this state. */
  public String description() {
    return description;
  }

  /** Whether the table allows going from this state to {@code next}. */
  public boolean canBecome(TradeState next) {
    return NEXT.get(this).contains(next);
  }

  /** Whether money has been received in this state (refunds may follow). */
  public boolean isPaid() {
    return this == SUCCESS || this == REFUND;
  }
}
