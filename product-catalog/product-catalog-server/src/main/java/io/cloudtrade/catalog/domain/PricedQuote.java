package io.cloudtrade.catalog.domain;

import io.cloudtrade.kernel.Money;
import java.util.List;

/**
 * The result of pricing: list price per module, discounts, and what is paid.
 *
 * @param couponRefusal why the coupon asked for cannot be used on this quote (e.g. below its
 *     minimum spend), or null; a quote with a refusal must not be offered
 */
public record PricedQuote(List<PricedLine> lines, Money listPrice, List<PricedLine> discounts, Money discount, Money finalAmount,
    String couponRefusal) {
  public PricedQuote {
    lines = List.copyOf(lines);
    discounts = List.copyOf(discounts);
  }

  public PricedQuote(List<PricedLine> lines, Money listPrice, List<PricedLine> discounts, Money discount, Money finalAmount) {
    this(lines, listPrice, discounts, discount, finalAmount, null);
  }
}
