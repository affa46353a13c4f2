package io.cloudtrade.catalog.application;

import io.cloudtrade.catalog.api.CatalogErrors;
import io.cloudtrade.catalog.api.ChangeQuote;
import io.cloudtrade.catalog.api.ChangeQuoteRequest;
import io.cloudtrade.catalog.api.Quote;
import io.cloudtrade.catalog.api.QuoteRequest;
import io.cloudtrade.catalog.application.QuoteConfiguration.VersionChoice;
import io.cloudtrade.catalog.domain.BillingTerm;
import io.cloudtrade.catalog.domain.Catalog;
import io.cloudtrade.catalog.domain.PeriodUnit;
import io.cloudtrade.catalog.domain.Proration;
import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Prices a change inside a paid period (an upgrade, a downgrade, a temporary upgrade or a refund),
 * prorated to the moment of the change with {@link Proration}.
 *
 * <p>Both specifications are quoted through {@link QuoteConfiguration} (same validation, defaults,
 * tiers and promotions as a normal quote, for the request's account) as a {@code Subscription} of
 * as many whole months as the paid period spans in UTC (at least one; see {@link Term}), against one snapshot
 * at one instant, so both are priced under the same catalog version: the pinned one, or else the
 * one in force. The final amounts, after discounts, are P_old and P_new. The current specification
 * is not checked against stock-outs (it already exists); the new one is, unless the version is
 * pinned, exactly as a quote is.
 *
 * <p>Checks, in order: the parameters ({@link CommonErrors#INVALID_PARAMETER}), the period and the
 * window ({@link CatalogErrors#INVALID_CHANGE}), the product and version, the new then the current
 * specification ({@link CatalogErrors#INVALID_CONFIGURATION}), the direction of the change ({@link
 * CatalogErrors#INVALID_CHANGE}). A refund quotes nothing, but its product (and pinned version) must
 * exist and the amount paid must be in the product's currency.
 */
@Service
public class QuoteChange {
  /** The changes a request may ask for, named as in {@link ChangeQuoteRequest#getChangeType()}. */
  enum ChangeType {
    Upgrade("(P_new - P_old) x remaining / length"),
    Downgrade("(P_old - P_new) x remaining / length"),
    TemporaryUpgrade("(P_new - P_old) x |[windowStart, windowEnd) within [at, periodEnd)| / length"),
    Refund("paid x remaining / length");

    /** The proration applied, as {@link ChangeQuote#getFormula()} reports it. */
    final String formula;

    ChangeType(String formula) {
      this.formula = formula;
    }

    static Optional<ChangeType> parse(String name) {
      return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }

    boolean changesSpecification() {
      return this != Refund;
    }
  }

  /** Why a request is refused: a stable error code and a message for people. */
  record Rejection(String code, String message) {
    <T extends Serializable> Outcome<T> outcome() {
      return Outcome.rejected(code, message);
    }
  }

  private final CatalogSnapshots snapshots;
  private final QuoteConfiguration quotes;
  private final Clock clock;

  @Autowired
  public QuoteChange(CatalogSnapshots snapshots, QuoteConfiguration quotes) {
    this(snapshots, quotes, Clock.systemUTC());
  }

  QuoteChange(CatalogSnapshots snapshots, QuoteConfiguration quotes, Clock clock) {
    this.snapshots = snapshots;
    this.quotes = quotes;
    this.clock = clock;
  }

  /** See {@link io.cloudtrade.catalog.api.CatalogService#quoteChange}. */
  public Outcome<ChangeQuote> quoteChange(ChangeQuoteRequest request) {
    Optional<Rejection> invalid = check(request);
    if (invalid.isPresent()) {
      return invalid.get().outcome();
    }
    ChangeType type = ChangeType.parse(request.getChangeType()).orElseThrow();
    Catalog catalog = snapshots.current();
    Instant now = clock.instant();
    if (type == ChangeType.Refund) {
      return refund(request, catalog, now);
    }
    int months = periodMonths(request.getPeriodStart(), request.getPeriodEnd());
    Term term = Term.of(months);
    Outcome<Quote> newQuote = quotes.quote(periodQuote(request, request.getNewConfig(), term), catalog, now, false);
    if (!newQuote.isOk() && CatalogErrors.INVALID_PERIOD.equals(newQuote.code()) && term.times == 1) {
      term = Term.monthByMonth(months); // a period the catalog does not sell in one piece: priced month by month
      newQuote = quotes.quote(periodQuote(request, request.getNewConfig(), term), catalog, now, false);
    }
    if (!newQuote.isOk()) {
      return rejectedAs(newQuote, "the new specification", months);
    }
    Outcome<Quote> oldQuote = quotes.quote(periodQuote(request, request.getOldConfig(), term), catalog, now, true);
    if (!oldQuote.isOk()) {
      return rejectedAs(oldQuote, "the current specification", months);
    }
    Money oldPrice = oldQuote.value().getFinalAmount().times(term.times);
    Money newPrice = newQuote.value().getFinalAmount().times(term.times);
    Optional<Rejection> wrongWay = direction(type, oldPrice, newPrice);
    if (wrongWay.isPresent()) {
      return wrongWay.get().outcome();
    }
    Instant start = request.getPeriodStart();
    Instant end = request.getPeriodEnd();
    Instant at = request.getAt();
    Money amount = switch (type) {
      case Upgrade -> Proration.upgrade(oldPrice, newPrice, start, end, at);
      case Downgrade -> Proration.downgrade(oldPrice, newPrice, start, end, at);
      case TemporaryUpgrade -> Proration.temporaryUpgrade(oldPrice, newPrice, start, end, at,
          windowStart(request), request.getWindowEnd());
      case Refund -> throw new IllegalStateException("a refund quotes no specification");
    };
    return Outcome.ok(new ChangeQuote().setChangeType(type.name()).setCatalogVersion(newQuote.value().getCatalogVersion())
        .setNewConfig(newQuote.value().getConfig()).setOldPrice(oldPrice).setNewPrice(newPrice).setAmount(amount)
        .setRefund(type == ChangeType.Downgrade).setFormula(type.formula));
  }

  private Outcome<ChangeQuote> refund(ChangeQuoteRequest request, Catalog catalog, Instant now) {
    VersionChoice choice = QuoteConfiguration.chooseVersion(request.getProductCode(), request.getCatalogVersion(), catalog, now);
    if (!choice.isOk()) {
      return Outcome.rejected(choice.errorCode(), choice.message());
    }
    Money paid = request.getPaid();
    String currency = choice.product().currency();
    if (!paid.currency().equals(currency)) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "paid must be in " + currency + ", the currency of "
          + request.getProductCode() + ", got " + paid);
    }
    Money amount = Proration.refund(paid, request.getPeriodStart(), request.getPeriodEnd(), request.getAt());
    return Outcome.ok(new ChangeQuote().setChangeType(ChangeType.Refund.name()).setCatalogVersion(choice.product().version())
        .setAmount(amount).setRefund(true).setFormula(ChangeType.Refund.formula));
  }

  /**
   * The first problem of a request that can be seen without the catalog: a missing or malformed
   * parameter ({@link CommonErrors#INVALID_PARAMETER}), then a period already ended or a window
   * outside the paid period ({@link CatalogErrors#INVALID_CHANGE}).
   */
  static Optional<Rejection> check(ChangeQuoteRequest r) {
    if (r == null) {
      return invalidParameter("a change quote request is required");
    }
    if (r.getProductCode() == null || r.getProductCode().isBlank()) {
      return invalidParameter("productCode is required");
    }
    Optional<ChangeType> parsed = ChangeType.parse(r.getChangeType());
    if (parsed.isEmpty()) {
      return invalidParameter("changeType must be one of " + Arrays.toString(ChangeType.values()) + ", got " + r.getChangeType());
    }
    ChangeType type = parsed.get();
    if (r.getPeriodStart() == null || r.getPeriodEnd() == null || r.getAt() == null) {
      return invalidParameter("periodStart, periodEnd and at are required, got periodStart " + r.getPeriodStart()
          + ", periodEnd " + r.getPeriodEnd() + ", at " + r.getAt());
    }
    if (!r.getPeriodStart().isBefore(r.getPeriodEnd())) {
      return invalidParameter("periodStart must be before periodEnd, got " + r.getPeriodStart() + " and " + r.getPeriodEnd());
    }
    if (type.changesSpecification() && r.getOldConfig() == null) {
      return invalidParameter("oldConfig (the specification in force) is required for a " + type);
    }
    if (type.changesSpecification() && r.getNewConfig() == null) {
      return invalidParameter("newConfig (the specification asked for) is required for a " + type);
    }
    if (type == ChangeType.TemporaryUpgrade) {
      if (r.getWindowEnd() == null) {
        return invalidParameter("windowEnd is required for a TemporaryUpgrade");
      }
      if (r.getWindowStart() != null && !r.getWindowEnd().isAfter(r.getWindowStart())) {
        return invalidParameter("windowEnd must be after windowStart, got " + r.getWindowStart() + " and " + r.getWindowEnd());
      }
    }
    if (type == ChangeType.Refund) {
      if (r.getPaid() == null) {
        return invalidParameter("paid (what was paid for the period) is required for a Refund");
      }
      if (r.getPaid().isNegative()) {
        return invalidParameter("paid must not be negative, got " + r.getPaid());
      }
    }
    if (!r.getAt().isBefore(r.getPeriodEnd())) {
      return invalidChange("the paid period ended at " + r.getPeriodEnd() + ": nothing can change in it at " + r.getAt());
    }
    if (type == ChangeType.TemporaryUpgrade) {
      Instant from = windowStart(r);
      if (from.isBefore(r.getPeriodStart())) {
        return invalidChange("the window starts at " + from + ", before the paid period starts at " + r.getPeriodStart());
      }
      if (r.getWindowEnd().isAfter(r.getPeriodEnd())) {
        return invalidChange("the window ends at " + r.getWindowEnd() + ", after the paid period ends at " + r.getPeriodEnd());
      }
      if (!r.getWindowEnd().isAfter(r.getAt())) {
        return invalidChange("the window ends at " + r.getWindowEnd() + ", not after the moment of the change at " + r.getAt());
      }
    }
    return Optional.empty();
  }

  /**
   * An upgrade (temporary or not) must cost more than the current specification over the paid
   * period, a downgrade less.
   */
  static Optional<Rejection> direction(ChangeType type, Money oldPrice, Money newPrice) {
    String prices = newPrice + " for the new specification, " + oldPrice + " for the current one, over the paid period";
    return switch (type) {
      case Upgrade, TemporaryUpgrade -> newPrice.compareTo(oldPrice) > 0 ? Optional.empty()
          : invalidChange((type == ChangeType.Upgrade ? "an upgrade" : "a temporary upgrade")
              + " must cost more than the current specification: " + prices);
      case Downgrade -> newPrice.compareTo(oldPrice) < 0 ? Optional.empty()
          : invalidChange("a downgrade must cost less than the current specification: " + prices);
      case Refund -> Optional.empty();
    };
  }

  /** Whole months from {@code start} to {@code end} in UTC, at least 1. */
  static int periodMonths(Instant start, Instant end) {
    long months = ChronoUnit.MONTHS.between(start.atOffset(ZoneOffset.UTC), end.atOffset(ZoneOffset.UTC));
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, months));
  }

  /** Where a temporary window starts: {@code windowStart}, or the moment of the change when none is given. */
  private static Instant windowStart(ChangeQuoteRequest r) {
    return r.getWindowStart() == null ? r.getAt() : r.getWindowStart();
  }

  /**
   * How a paid period of whole months is quoted: in years when it is whole years (so the yearly
   * price and its discounts apply, as they did when it was bought), else in months; a period the
   * catalog does not sell in one piece (e.g. 13 months after a renewal) is priced as that many
   * single months ({@code times}).
   */
  record Term(int period, PeriodUnit unit, int times) {
    static Term of(int months) {
      return months % 12 == 0 ? new Term(months / 12, PeriodUnit.Year, 1) : new Term(months, PeriodUnit.Month, 1);
    }

    static Term monthByMonth(int months) {
      return new Term(1, PeriodUnit.Month, months);
    }
  }

  private static QuoteRequest periodQuote(ChangeQuoteRequest r, Map<String, String> config, Term term) {
    return new QuoteRequest().setProductCode(r.getProductCode()).setConfig(new HashMap<>(config))
        .setSubscriptionType(BillingTerm.SUBSCRIPTION).setPeriod(term.period()).setPeriodUnit(term.unit().name())
        .setAccountId(r.getAccountId()).setCatalogVersion(r.getCatalogVersion());
  }

  /** A quote's rejection, saying which specification it is about; the details (violated rules) are kept as they are. */
  private static Outcome<ChangeQuote> rejectedAs(Outcome<Quote> rejected, String which, int months) {
    String message = switch (rejected.code()) {
      case CatalogErrors.INVALID_CONFIGURATION -> which + ": " + rejected.message();
      case CatalogErrors.INVALID_PERIOD -> "a paid period of " + months + " Month cannot be priced: " + rejected.message();
      default -> rejected.message();
    };
    return Outcome.rejected(rejected.code(), message, rejected.details());
  }

  private static Optional<Rejection> invalidParameter(String message) {
    return Optional.of(new Rejection(CommonErrors.INVALID_PARAMETER, message));
  }

  private static Optional<Rejection> invalidChange(String message) {
    return Optional.of(new Rejection(CatalogErrors.INVALID_CHANGE, message));
  }
}
