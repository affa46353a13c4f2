package io.cloudtrade.catalog.domain;

import io.cloudtrade.kernel.Money;
import java.util.List;

/** The result of pricing: list price per module, discounts, and what is paid. */
public record PricedQuote(List<PricedLine> lines, Money listPrice, List<PricedLine> discounts, Money discount, Money finalAmount) {
  public PricedQuote {
    lines = List.copyOf(lines);
    discounts = List.copyOf(discounts);
  }
}
