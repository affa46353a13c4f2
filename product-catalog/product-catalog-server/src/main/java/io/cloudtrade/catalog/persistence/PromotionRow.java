package io.cloudtrade.catalog.persistence;

import java.math.BigDecimal;
import java.time.Instant;

/** A row of promotion. */
public class PromotionRow {
  public String promotionCode;
  public String description;
  public String productCode;
  public String moduleCode;
  public String subscriptionType;
  public boolean newPurchasesOnly;
  public BigDecimal percentOff;
  public Instant validFrom;
  public Instant validTo;
}
