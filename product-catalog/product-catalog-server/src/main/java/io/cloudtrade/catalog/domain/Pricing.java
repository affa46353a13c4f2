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
 * An INT_RANGE attribute with {@link PriceTier}s is charged per tier (graduated): with 1-5 Mbps at
 * 23.00 and above 5 at 80.00, 8 Mbps cost {@code 5 x 23.00 + 3 x 80.00 = 355.00} a month.
 *
 * <p>Amounts of one module are summed into one line. The list price is the sum of the lines. Then
 * the discounts, always in this order, each one a line of {@link PricedQuote#discounts()} rounded
 * half-up to the cent:
 *
 * <ol>
 *   <li>the {@link PeriodDiscount} of the period unit takes off {@code listPrice - round(listPrice x
 *       charged / per)}, e.g. one sixth of a yearly price for "12 months for the price of 10";
 *   <li>each applicable {@link Promotion}, in code order, takes its percentage off the amount after
 *       the period discount: of its module ({@code round(moduleLine x charged / per)}) or of the whole
 *       quote. Promotions do not compound;
 *   <li>the {@link Coupon}, if any, is checked against what remains (its minimum spend) and takes its
 *       amount, or its percentage of what remains, off.
 * </ol>
 *
 * A discount never takes the amount below zero: it is cut to what remains.
 */
public final class Pricing {
  /** Hours in an average month (8760 / 12): hourly price = monthly price / 730. */
  public static final BigDecimal HOURS_PER_MONTH = BigDecimal.valueOf(730);

  private Pricing() {}

  /** Prices a configuration already resolved and found valid by {@link ProductCatalog#resolve}. */
  public static PricedQuote price(ProductCatalog catalog, Map<String, String> config, BillingTerm term) {
    return price(catalog, config, term, List.of(), null);
  }

  /**
   * Prices a configuration with promotions and a coupon.
   *
   * @param promotions the promotions that apply to this quote ({@link Promotion#appliesTo}); those of
   *     a module the quote does not price take nothing off
   * @param coupon a coupon already found usable for the product and instant ({@link
   *     Coupon#refusal(String, String, java.time.Instant)}), or null
   * @return the quote; when the coupon's minimum spend is not reached, {@link
   *     PricedQuote#couponRefusal()} says so and the coupon is not applied
   */
  public static PricedQuote price(ProductCatalog catalog, Map<String, String> config, BillingTerm term, List<Promotion> promotions,
      Coupon coupon) {
    String currency = catalog.currency();
    Map<String, List<PricedLine>> byModule = new LinkedHashMap<>();
    for (Attribute a : catalog.attributes()) {
      String value = config.get(a.code());
      Optional<PriceEntry> price = priceOf(catalog, a, value, config);
      if (price.isEmpty() && catalog.tiersOf(a.code()).isEmpty()) {
        continue;
      }
      BigDecimal monthly;
      String what;
      List<PriceTier> tiers = catalog.tiersOf(a.code());
      if (a.type() == AttributeType.INT_RANGE && !tiers.isEmpty()) {
        monthly = BigDecimal.ZERO;
        List<String> parts = new ArrayList<>();
        long units = Long.parseLong(value);
        long below = 0;
        for (PriceTier t : tiers) {
          long inTier = Math.max(0, Math.min(units, t.upTo() == null ? Long.MAX_VALUE : t.upTo()) - below);
          if (inTier > 0) {
            monthly = monthly.add(t.unitPrice().multiply(BigDecimal.valueOf(inTier)));
            parts.add(inTier + " x " + plain(t.unitPrice()) + " (" + (below + 1) + (t.upTo() == null ? "+" : "-" + t.upTo()) + ")");
          }
          if (t.upTo() == null) {
            break;
          }
          below = t.upTo();
        }
        what = a.describe(value) + " tiered per " + (a.unit() == null ? "unit" : a.unit()) + ": "
            + (parts.isEmpty() ? "0" : String.join(" + ", parts)) + " = " + plain(monthly);
      } else if (a.type() == AttributeType.INT_RANGE) {
        BigDecimal unitPrice = price.get().monthlyPrice();
        monthly = unitPrice.multiply(new BigDecimal(value));
        what = a.describe(value) + " at " + plain(unitPrice) + "/" + (a.unit() == null ? "unit" : a.unit())
            + condition(price.get()) + " = " + plain(monthly);
      } else {
        monthly = price.get().monthlyPrice();
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
    // 1. period discount
    Optional<PeriodDiscount> periodDiscount = term.unit() == PeriodUnit.Hour ? Optional.empty() : catalog.discountFor(term.unit());
    if (periodDiscount.isPresent()) {
      PeriodDiscount d = periodDiscount.get();
      Money charged = charged(listPrice, d);
      discount = listPrice.minus(charged);
      discounts.add(new PricedLine("period_discount", d.description() + ": " + listPrice.toPlainString() + " x "
          + d.chargedMonths() + " / " + d.perMonths() + " = " + charged.toPlainString(), discount));
    }
    Money remaining = listPrice.minus(discount);
    Money afterPeriod = remaining;
    // 2. promotions, each on the amount after the period discount, in code order, not compounding
    for (Promotion p : promotions.stream().sorted(java.util.Comparator.comparing(Promotion::code)).toList()) {
      Money base;
      String baseText;
      if (p.moduleCode() == null) {
        base = afterPeriod;
        baseText = base.toPlainString();
      } else {
        Optional<PricedLine> line = lines.stream().filter(l -> l.moduleCode().equals(p.moduleCode())).findFirst();
        if (line.isEmpty()) {
          continue;
        }
        base = periodDiscount.isPresent() ? charged(line.get().amount(), periodDiscount.get()) : line.get().amount();
        baseText = p.moduleCode() + " " + (periodDiscount.isPresent() ? line.get().amount().toPlainString() + " x "
            + periodDiscount.get().chargedMonths() + " / " + periodDiscount.get().perMonths() + " = " : "") + base.toPlainString();
      }
      Money off = atMost(base.times(p.percentOff().movePointLeft(2)), remaining);
      discounts.add(new PricedLine("promotion", p.code() + " " + (p.description() == null ? "" : p.description() + " ") + "("
          + percent(p.percentOff()) + "% off): " + baseText + " x " + percent(p.percentOff()) + "% = " + off.toPlainString(), off));
      discount = discount.plus(off);
      remaining = remaining.minus(off);
    }
    // 3. coupon, on what remains
    String couponRefusal = null;
    if (coupon != null) {
      Optional<String> refusal = coupon.refusal(remaining);
      if (refusal.isPresent()) {
        couponRefusal = refusal.get();
      } else {
        Money off;
        String how;
        if (coupon.amountOff() != null) {
          off = atMost(Money.of(coupon.amountOff(), currency), remaining);
          how = Money.of(coupon.amountOff(), currency).toPlainString() + " off " + remaining.toPlainString();
        } else {
          off = atMost(remaining.times(coupon.percentOff().movePointLeft(2)), remaining);
          how = remaining.toPlainString() + " x " + percent(coupon.percentOff()) + "%";
        }
        discounts.add(new PricedLine("coupon", "coupon " + coupon.code() + (coupon.description() == null ? "" : " " + coupon.description())
            + ": " + how + " (minimum spend " + Money.of(coupon.minSpend(), currency).toPlainString() + ") = " + off.toPlainString(), off));
        discount = discount.plus(off);
        remaining = remaining.minus(off);
      }
    }
    return new PricedQuote(lines, listPrice, discounts, discount, remaining, couponRefusal);
  }

  private static Money charged(Money amount, PeriodDiscount d) {
    return Money.of(amount.toBigDecimal().multiply(BigDecimal.valueOf(d.chargedMonths()))
        .divide(BigDecimal.valueOf(d.perMonths()), Money.SCALE, RoundingMode.HALF_UP), amount.currency());
  }

  private static Money atMost(Money amount, Money limit) {
    return amount.compareTo(limit) > 0 ? limit : amount;
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

  /** 15, 12.5 */
  private static String percent(BigDecimal p) {
    return p.stripTrailingZeros().toPlainString();
  }

  /** At least two decimals, more only when the price has them: 298.00, 0.35, 0.0035. */
  private static String plain(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() < Money.SCALE ? amount.setScale(Money.SCALE, RoundingMode.UNNECESSARY).toPlainString() : stripped.toPlainString();
  }
}
