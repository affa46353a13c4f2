package io.cloudtrade.catalog.application;

import io.cloudtrade.catalog.api.CatalogErrors;
import io.cloudtrade.catalog.api.Quote;
import io.cloudtrade.catalog.api.QuoteLine;
import io.cloudtrade.catalog.api.QuoteRequest;
import io.cloudtrade.catalog.domain.BillingTerm;
import io.cloudtrade.catalog.domain.Catalog;
import io.cloudtrade.catalog.domain.Coupon;
import io.cloudtrade.catalog.domain.Promotion;
import java.time.Instant;
import io.cloudtrade.catalog.domain.Pricing;
import io.cloudtrade.catalog.domain.PricedLine;
import io.cloudtrade.catalog.domain.PricedQuote;
import io.cloudtrade.catalog.domain.ProductCatalog;
import io.cloudtrade.catalog.domain.ResolvedConfiguration;
import io.cloudtrade.catalog.domain.Violation;
import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Outcome;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Validates a configuration and prices it under the catalog version in force (or the version the
 * request is pinned to), from the in-memory snapshot (no database access). Checks, in order: the
 * product, the pinned version, the billing term, the configuration (every violation reported at
 * once, stock-outs included), the coupon. Pricing applies list price, then period discount, then
 * promotions, then the coupon ({@link Pricing}).
 */
@Service
public class QuoteConfiguration {
  private final CatalogSnapshots snapshots;
  private final Clock clock;

  @Autowired
  public QuoteConfiguration(CatalogSnapshots snapshots) {
    this(snapshots, Clock.systemUTC());
  }

  QuoteConfiguration(CatalogSnapshots snapshots, Clock clock) {
    this.snapshots = snapshots;
    this.clock = clock;
  }

  public Outcome<Quote> quote(QuoteRequest request) {
    if (request == null) {
      return Outcome.rejected(CommonErrors.MISSING_PARAMETER, "a quote request is required");
    }
    return quote(request, snapshots.current(), clock.instant(), false);
  }

  /**
   * The catalog version a request for {@code code} prices under: the version {@code pinned} names
   * (a renewal), or else the version in force at {@code now}.
   *
   * @return the version; or a rejection with {@link CatalogErrors#PRODUCT_NOT_FOUND} or {@link
   *     CatalogErrors#INVALID_CATALOG_VERSION}
   */
  static VersionChoice chooseVersion(String code, String pinned, Catalog catalog, Instant now) {
    Optional<ProductCatalog> found = code == null ? Optional.empty() : catalog.inForce(code, now);
    boolean renewal = pinned != null && !pinned.isEmpty();
    if (found.isEmpty() && !(renewal && catalog.version(pinned).filter(v -> v.productCode().equals(code)).isPresent())) {
      return VersionChoice.rejected(CatalogErrors.PRODUCT_NOT_FOUND, "no product " + code + " is sold");
    }
    if (!renewal) {
      return VersionChoice.of(found.get(), false);
    }
    Optional<ProductCatalog> version = catalog.version(pinned);
    if (version.isEmpty() || !version.get().productCode().equals(code)) {
      return VersionChoice.rejected(CatalogErrors.INVALID_CATALOG_VERSION, "no published or retired catalog version " + pinned
          + " of product " + code);
    }
    if (version.get().effectiveFrom().isAfter(now)) {
      return VersionChoice.rejected(CatalogErrors.INVALID_CATALOG_VERSION, "catalog version " + pinned + " takes effect only at "
          + version.get().effectiveFrom());
    }
    return VersionChoice.of(version.get(), true);
  }

  /**
   * Quotes a request against one snapshot at one instant, so that several quotes of one change see
   * the same catalog.
   *
   * @param existing true when the configuration is one the customer already has (the current
   *     specification of a change): stock-outs are not checked, since the resource already exists
   */
  Outcome<Quote> quote(QuoteRequest request, Catalog catalog, Instant now, boolean existing) {
    String code = request.getProductCode();
    VersionChoice choice = chooseVersion(code, request.getCatalogVersion(), catalog, now);
    if (!choice.isOk()) {
      return Outcome.rejected(choice.errorCode(), choice.message());
    }
    ProductCatalog product = choice.product();
    boolean renewal = choice.pinned();
    Optional<BillingTerm> term = BillingTerm.parse(request.getSubscriptionType(), request.getPeriod(), request.getPeriodUnit());
    if (term.isEmpty()) {
      return Outcome.rejected(CatalogErrors.INVALID_PERIOD, "no " + request.getSubscriptionType() + " " + request.getPeriod()
          + " " + request.getPeriodUnit() + " is sold for " + code + ": " + BillingTerm.TERMS_SOLD);
    }
    ResolvedConfiguration resolved = product.resolve(request.getConfig(), renewal || existing ? List.of() : catalog.soldOut(code));
    if (!resolved.isValid()) {
      List<String> details = resolved.violations().stream().map(Violation::detail).toList();
      return Outcome.rejected(CatalogErrors.INVALID_CONFIGURATION, details.size() + " problem(s) in the configuration of " + code
          + " (catalog " + product.version() + "): " + String.join("; ", details), details);
    }
    Coupon coupon = null;
    String couponCode = request.getCouponCode();
    if (couponCode != null && !couponCode.isEmpty()) {
      Optional<Coupon> c = catalog.coupon(couponCode);
      if (c.isEmpty()) {
        return Outcome.rejected(CatalogErrors.INVALID_COUPON, "no coupon " + couponCode + " exists");
      }
      Optional<String> refusal = c.get().refusal(code, product.currency(), now);
      if (refusal.isPresent()) {
        return Outcome.rejected(CatalogErrors.INVALID_COUPON, refusal.get());
      }
      coupon = c.get();
    }
    String subscriptionType = term.get().subscriptionType();
    List<Promotion> promotions = catalog.promotionsOf(code).stream()
        .filter(p -> p.appliesTo(code, subscriptionType, request.getAccountId(), renewal, now)).toList();
    PricedQuote priced = Pricing.price(product, resolved.config(), term.get(), promotions, coupon);
    if (priced.couponRefusal() != null) {
      return Outcome.rejected(CatalogErrors.INVALID_COUPON, priced.couponRefusal());
    }
    return Outcome.ok(new Quote().setProductCode(code).setProductType(product.productType()).setCatalogVersion(product.version())
        .setSubscriptionType(term.get().subscriptionType()).setPeriod(term.get().period()).setPeriodUnit(term.get().unit().name())
        .setConfig(new LinkedHashMap<>(resolved.config())).setRegion(resolved.region())
        .setLines(lines(priced.lines())).setListPrice(priced.listPrice())
        .setDiscounts(lines(priced.discounts())).setDiscount(priced.discount()).setFinalAmount(priced.finalAmount()));
  }

  /**
   * The outcome of {@link #chooseVersion}: a product version (and whether a request pinned it), or
   * a rejection code and message.
   */
  record VersionChoice(ProductCatalog product, boolean pinned, String errorCode, String message) {
    static VersionChoice of(ProductCatalog product, boolean pinned) {
      return new VersionChoice(product, pinned, null, null);
    }

    static VersionChoice rejected(String errorCode, String message) {
      return new VersionChoice(null, false, errorCode, message);
    }

    boolean isOk() {
      return errorCode == null;
    }
  }

  private static ArrayList<QuoteLine> lines(List<PricedLine> lines) {
    ArrayList<QuoteLine> out = new ArrayList<>();
    lines.forEach(l -> out.add(new QuoteLine().setModuleCode(l.moduleCode()).setDescription(l.description()).setAmount(l.amount())));
    return out;
  }
}
