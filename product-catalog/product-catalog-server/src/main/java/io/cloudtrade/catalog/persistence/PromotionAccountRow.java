package io.cloudtrade.catalog.persistence;

/** A row of promotion_account. */
public class PromotionAccountRow {
  public String promotionCode;
  public long accountId;
}
