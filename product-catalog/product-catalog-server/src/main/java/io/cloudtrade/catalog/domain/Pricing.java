package io.cloudtrade.catalog.domain;

import io.cloudtrade.kernel.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prices a valid configuration under a billing term.
 *
 * <p>Each priced attribute has a monthly price: the price of its ENUM value, its per-unit price
 * times its INT_RANGE value, or its price when a BOOLEAN is {@code true}; a conditional price
 * (e.g. per GB of one disk category) wins over an unconditional one. Then, per attribute:
 *
 * <ul>
 *   <li>Subscription, Month or Year: {@code amount = monthly x months} (a Year is 12 months),
 *       rounded half-up to the cent;
 *   <li>PayAsYouGo, one Hour: {@code amount = monthly / 730}, rounded half-up to the cent (730 =
 *       hours in an average month, 8760 / 12).
 * </ul>
 *
 * Amounts of one module are summed into one line. The list price is the sum of the lines. A
 * {@link PeriodDiscount} of the period unit takes off {@code listPrice - round(listPrice x charged
 * / per)}, e.g. one sixth of a yearly price for "12 months for the price of 10".
 */
public final class Pricing {
  /** Hours in an average month (8760 / 12): hourly price = monthly price / 730. */
  public static final BigDecimal HOURS_PER_MONTH = BigDecimal.valueOf(730);

  private Pricing() {}

  /** Prices a configuration already resolved and found valid by {@link ProductCatalog#resolve}. */
  public static PricedQuote price(ProductCatalog catalog, Map<String, String> config, BillingTerm term) {
    String currency = catalog.currency();
    Map<String, List<PricedLine>> byModule = new LinkedHashMap<>();
    for (Attribute a : catalog.attributes()) {
      String value = config.get(a.code());
      Optional<PriceEntry> price = priceOf(catalog, a, value, config);
      if (price.isEmpty()) {
        continue;
      }
      BigDecimal unitPrice = price.get().monthlyPrice();
      BigDecimal monthly;
      String what;
      if (a.type() == AttributeType.INT_RANGE) {
        monthly = unitPrice.multiply(new BigDecimal(value));
        what = a.describe(value) + " at " + plain(unitPrice) + "/" + (a.unit() == null ? "unit" : a.unit())
            + condition(price.get()) + " = " + plain(monthly);
      } else {
        monthly = unitPrice;
        what = a.describe(value) + condition(price.get()) + ": " + plain(monthly);
      }
      Money amount;
      String description;
      if (term.unit() == PeriodUnit.Hour) {
        amount = Money.of(monthly.divide(HOURS_PER_MONTH, Money.SCALE, RoundingMode.HALF_UP), currency);
        description = what + " / 730 = " + amount.toPlainString() + " x 1 Hour";
      } else {
        amount = Money.of(monthly.multiply(BigDecimal.valueOf(term.months())).setScale(Money.SCALE, RoundingMode.HALF_UP), currency);
        description = what + " x " + term.months() + " Month";
      }
      byModule.computeIfAbsent(a.moduleCode(), m -> new ArrayList<>()).add(new PricedLine(a.moduleCode(), description, amount));
    }
    List<PricedLine> lines = new ArrayList<>();
    Money listPrice = Money.zero(currency);
    for (Map.Entry<String, List<PricedLine>> module : byModule.entrySet()) {
      Money sum = module.getValue().stream().map(PricedLine::amount).reduce(Money.zero(currency), Money::plus);
      String description = String.join("; ", module.getValue().stream().map(PricedLine::description).toList());
      lines.add(new PricedLine(module.getKey(), description, sum));
      listPrice = listPrice.plus(sum);
    }
    List<PricedLine> discounts = new ArrayList<>();
    Money discount = Money.zero(currency);
    Optional<PeriodDiscount> periodDiscount = term.unit() == PeriodUnit.Hour ? Optional.empty() : catalog.discountFor(term.unit());
    if (periodDiscount.isPresent()) {
      PeriodDiscount d = periodDiscount.get();
      Money charged = Money.of(listPrice.toBigDecimal().multiply(BigDecimal.valueOf(d.chargedMonths()))
          .divide(BigDecimal.valueOf(d.perMonths()), Money.SCALE, RoundingMode.HALF_UP), currency);
      discount = listPrice.minus(charged);
      discounts.add(new PricedLine("period_discount", d.description() + ": " + listPrice.toPlainString() + " x "
          + d.chargedMonths() + " / " + d.perMonths() + " = " + charged.toPlainString(), discount));
    }
    return new PricedQuote(lines, listPrice, discounts, discount, listPrice.minus(discount));
  }

  private static Optional<PriceEntry> priceOf(ProductCatalog catalog, Attribute a, String value, Map<String, String> config) {
    String priced = switch (a.type()) {
      case ENUM -> value;
      case INT_RANGE -> PriceEntry.PER_UNIT;
      case BOOLEAN -> "true".equals(value) ? "true" : null;
    };
    if (priced == null) {
      return Optional.empty();
    }
    PriceEntry unconditional = null;
    for (PriceEntry p : catalog.prices()) {
      if (!p.attributeCode().equals(a.code()) || !p.valueCode().equals(priced)) {
        continue;
      }
      if (!p.isConditional()) {
        unconditional = p;
      } else if (p.whenValue().equals(config.get(p.whenAttribute()))) {
        return Optional.of(p);
      }
    }
    return Optional.ofNullable(unconditional);
  }

  private static String condition(PriceEntry p) {
    return p.isConditional() ? " (" + p.whenAttribute() + " " + p.whenValue() + ")" : "";
  }

  /** At least two decimals, more only when the price has them: 298.00, 0.35, 0.0035. */
  private static String plain(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() < Money.SCALE ? amount.setScale(Money.SCALE, RoundingMode.UNNECESSARY).toPlainString() : stripped.toPlainString();
  }
}
