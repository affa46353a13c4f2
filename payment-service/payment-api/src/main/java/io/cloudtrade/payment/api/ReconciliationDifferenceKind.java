package io.cloudtrade.payment.api;

/**
 * The kinds of difference between our records and a channel's bill. {@link #wire()} is the stable
 * name carried in {@link ReconciliationDifference#getKind()} and stored; never rename it.
 */
public enum ReconciliationDifferenceKind {
  /**
   * We say a payment succeeded (or a refund was made) that day; the channel's bill has no line for it, nor
   * the neighbouring days' bills.
   */
  MISSING_AT_CHANNEL("MissingAtChannel"),
  /** The bill has a line for a trade (or refund) we have no record of for that channel. */
  MISSING_IN_OUR_RECORDS("MissingInOurRecords"),
  /** Both sides know the movement and agree it happened, for different amounts. */
  AMOUNT_DIFFERS("AmountDiffers"),
  /** Both sides know the trade (or refund) but disagree whether money moved: e.g. paid at the channel, Closed here. */
  STATUS_DIFFERS("StatusDiffers");

  private final String wire;

  ReconciliationDifferenceKind(String wire) {
    this.wire = wire;
  }

  /** The stable name: MissingAtChannel, MissingInOurRecords, AmountDiffers, StatusDiffers. */
  public String wire() {
    return wire;
  }

  /**
   * The kind of a wire name.
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public static ReconciliationDifferenceKind ofWire(String wire) {
    for (ReconciliationDifferenceKind k : values()) {
      if (k.wire.equals(wire)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown reconciliation difference kind " + wire);
  }
}
