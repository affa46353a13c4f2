package io.cloudtrade.reseller.domain.rules;

import static io.cloudtrade.reseller.api.BusinessModels.CLOUDTRADE;
import static io.cloudtrade.reseller.api.BusinessModels.COMMISSION;
import static io.cloudtrade.reseller.api.BusinessModels.CUSTOMER;
import static io.cloudtrade.reseller.api.BusinessModels.LIST;
import static io.cloudtrade.reseller.api.BusinessModels.MARGIN;
import static io.cloudtrade.reseller.api.BusinessModels.NONE;
import static io.cloudtrade.reseller.api.BusinessModels.RESELLER;
import static io.cloudtrade.reseller.api.OrderSteps.PRICE_ADJUSTMENT;

import io.cloudtrade.reseller.api.BusinessModelDefinition;
import io.cloudtrade.reseller.api.OrderSteps;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a {@link BusinessModelDefinition} must satisfy:
 *
 * <ul>
 *   <li>{@code code}: {@code [a-z0-9][a-z0-9-]{1,31}}; {@code name}: 1 to 128 characters, not blank;
 *   <li>{@code payer} CUSTOMER or RESELLER; {@code customerPrice} LIST or RESELLER; {@code earning}
 *       NONE, COMMISSION or MARGIN; {@code brand} CLOUDTRADE or RESELLER;
 *   <li>{@code steps}: each one of {@link OrderSteps#ALL}, at most once; may be empty (null is empty);
 *   <li>a RESELLER customer price or a MARGIN earning adjusts the price, so it needs PRICE_ADJUSTMENT;
 *   <li>a reseller that pays earns nothing from CloudTrade: payer RESELLER with earning COMMISSION or
 *       MARGIN is refused.
 * </ul>
 */
public final class BusinessModelRules {
  static final int MAX_NAME = 128;
  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,31}");

  private BusinessModelRules() {}

  /**
   * Every problem of {@code d}, each naming its field ({@code "steps[2]: ..."}); empty when it is
   * valid.
   */
  public static List<String> problems(BusinessModelDefinition d) {
    Problems p = new Problems();
    if (d == null) {
      return p.add("businessModel", "required").list();
    }
    String name = d.getName();
    p.add("code", d.getCode() != null && CODE.matcher(d.getCode()).matches()
            ? null : "must be 2 to 32 characters of a-z, 0-9 and '-', not starting with '-'")
        .add("name", name != null && !name.isBlank() && name.length() <= MAX_NAME
            ? null : "must be 1 to " + MAX_NAME + " characters")
        .add("payer", Problems.oneOf(d.getPayer(), CUSTOMER, RESELLER))
        .add("customerPrice", Problems.oneOf(d.getCustomerPrice(), LIST, RESELLER))
        .add("earning", Problems.oneOf(d.getEarning(), NONE, COMMISSION, MARGIN))
        .add("brand", Problems.oneOf(d.getBrand(), CLOUDTRADE, RESELLER));
    List<String> steps = steps(d);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < steps.size(); i++) {
      String step = steps.get(i);
      p.add("steps[" + i + "]", step == null || !OrderSteps.ALL.contains(step) ? "must be one of " + String.join(", ", OrderSteps.ALL)
          : !seen.add(step) ? step + " is listed twice" : null);
    }
    boolean adjusts = steps.contains(PRICE_ADJUSTMENT);
    p.add("steps", RESELLER.equals(d.getCustomerPrice()) && !adjusts ? "customerPrice RESELLER needs PRICE_ADJUSTMENT" : null)
        .add("steps", MARGIN.equals(d.getEarning()) && !adjusts ? "earning MARGIN needs PRICE_ADJUSTMENT" : null)
        .add("earning", RESELLER.equals(d.getPayer()) && (COMMISSION.equals(d.getEarning()) || MARGIN.equals(d.getEarning()))
            ? "must be NONE when the payer is RESELLER: a reseller that pays earns nothing from CloudTrade" : null);
    return p.list();
  }

  /** The model's steps; null means none. */
  static List<String> steps(BusinessModelDefinition d) {
    return d.getSteps() == null ? List.of() : d.getSteps();
  }
}
