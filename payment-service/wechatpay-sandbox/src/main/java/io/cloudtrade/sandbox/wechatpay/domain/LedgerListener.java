package io.cloudtrade.sandbox.wechatpay.domain;

/** Told of every value the {@link Ledger} stores, after it is stored (e.g. to journal it). */
public interface LedgerListener {
  /** Listens to nothing. */
  LedgerListener NONE = new LedgerListener() {
    @Override
    public void tradeStored(Trade trade) {
    }

    @Override
    public void refundStored(Refund refund) {
    }
  };

  void tradeStored(Trade trade);

  void refundStored(Refund refund);
}
