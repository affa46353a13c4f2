package io.cloudtrade.catalog.persistence;

import java.math.BigDecimal;
import java.time.Instant;

/** A row of coupon; productCode null means every product. */
public class CouponRow {
  public String couponCode;
  public String description;
  public String productCode;
  public String currency;
  public BigDecimal amountOff;
  public BigDecimal percentOff;
  public BigDecimal minSpend;
  public Instant validFrom;
  public Instant validTo;
}
