package io.cloudtrade.catalog.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.catalog.api.CatalogErrors;
import io.cloudtrade.catalog.api.ChangeQuote;
import io.cloudtrade.catalog.api.ChangeQuoteRequest;
import io.cloudtrade.catalog.application.QuoteChange.ChangeType;
import io.cloudtrade.catalog.application.QuoteChange.Rejection;
import io.cloudtrade.catalog.domain.AllowedValue;
import io.cloudtrade.catalog.domain.Attribute;
import io.cloudtrade.catalog.domain.AttributeType;
import io.cloudtrade.catalog.domain.Catalog;
import io.cloudtrade.catalog.domain.Condition;
import io.cloudtrade.catalog.domain.PriceEntry;
import io.cloudtrade.catalog.domain.ProductCatalog;
import io.cloudtrade.catalog.domain.Proration;
import io.cloudtrade.catalog.domain.Rule;
import io.cloudtrade.catalog.domain.StockOut;
import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Money;
import io.cloudtrade.kernel.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The change quote without Spring: its pure checks, and the whole use case over an in-memory catalog. */
class QuoteChangeTest {
  static final Instant START = Instant.parse("2026-12-01T00:00:00Z");
  static final Instant END = Instant.parse("2027-01-01T00:00:00Z");
  static final Instant MID = START.plusSeconds(86_400L * 15);
  static final Map<String, String> SMALL = Map.of("InstanceType", "small");
  static final Map<String, String> LARGE = Map.of("InstanceType", "large");

  // ------------------------------------------------------------------ request checks

  static ChangeQuoteRequest upgrade() {
    return new ChangeQuoteRequest().setAccountId(7).setProductCode("vm").setChangeType("Upgrade").setOldConfig(SMALL)
        .setNewConfig(LARGE).setPeriodStart(START).setPeriodEnd(END).setAt(MID);
  }

  static ChangeQuoteRequest temporary(Instant from, Instant to) {
    return upgrade().setChangeType("TemporaryUpgrade").setWindowStart(from).setWindowEnd(to);
  }

  static ChangeQuoteRequest refund(Money paid) {
    return new ChangeQuoteRequest().setProductCode("vm").setChangeType("Refund").setPeriodStart(START).setPeriodEnd(END).setAt(MID)
        .setPaid(paid);
  }

  static void assertRefused(ChangeQuoteRequest request, String code, String messagePart) {
    Optional<Rejection> r = QuoteChange.check(request);
    assertThat(r).as(String.valueOf(request)).isPresent();
    assertThat(r.get().code()).isEqualTo(code);
    assertThat(r.get().message()).contains(messagePart);
  }

  @Test
  void aWellFormedRequestPassesTheChecks() {
    assertThat(QuoteChange.check(upgrade())).isEmpty();
    assertThat(QuoteChange.check(upgrade().setChangeType("Downgrade"))).isEmpty();
    assertThat(QuoteChange.check(temporary(null, END))).isEmpty();
    assertThat(QuoteChange.check(temporary(START, MID.plusSeconds(1)))).isEmpty();
    assertThat(QuoteChange.check(refund(Money.zero("CNY")))).isEmpty();
    assertThat(QuoteChange.check(upgrade().setAt(START.minusSeconds(60)))).as("before the period: the whole period remains").isEmpty();
  }

  @Test
  void missingOrMalformedParametersAreInvalidParameters() {
    String invalid = CommonErrors.INVALID_PARAMETER;
    assertRefused(null, invalid, "request is required");
    assertRefused(upgrade().setProductCode(" "), invalid, "productCode");
    assertRefused(upgrade().setChangeType("Sidegrade"), invalid, "changeType must be one of [Upgrade, Downgrade, TemporaryUpgrade, Refund]");
    assertRefused(upgrade().setChangeType(null), invalid, "changeType");
    assertRefused(upgrade().setPeriodStart(null), invalid, "periodStart");
    assertRefused(upgrade().setAt(null), invalid, "at are required");
    assertRefused(upgrade().setPeriodEnd(START), invalid, "periodStart must be before periodEnd");
    assertRefused(upgrade().setOldConfig(null), invalid, "oldConfig");
    assertRefused(upgrade().setChangeType("Downgrade").setNewConfig(null), invalid, "newConfig");
    assertRefused(temporary(START, null), invalid, "windowEnd is required");
    assertRefused(temporary(MID, MID), invalid, "windowEnd must be after windowStart");
    assertRefused(refund(null), invalid, "paid");
    assertRefused(refund(Money.of("-0.01", "CNY")), invalid, "paid must not be negative");
  }

  @Test
  void aPeriodThatHasEndedOrAWindowOutsideItIsAnInvalidChange() {
    String invalid = CatalogErrors.INVALID_CHANGE;
    assertRefused(upgrade().setAt(END), invalid, "the paid period ended at 2027-01-01T00:00:00Z");
    assertRefused(refund(Money.of("1.00", "CNY")).setAt(END.plusSeconds(1)), invalid, "ended");
    assertRefused(temporary(START.minusSeconds(1), MID.plusSeconds(60)), invalid, "before the paid period starts at " + START);
    assertRefused(temporary(MID, END.plusSeconds(1)), invalid, "after the paid period ends at " + END);
    assertRefused(temporary(START, MID), invalid, "not after the moment of the change");
    assertRefused(temporary(null, MID).setAt(MID.plusSeconds(1)), invalid, "not after the moment of the change");
  }

  @Test
  void anUpgradeMustBeDearerAndADowngradeCheaper() {
    Money cheap = Money.of("100.00", "CNY");
    Money dear = Money.of("200.00", "CNY");
    assertThat(QuoteChange.direction(ChangeType.Upgrade, cheap, dear)).isEmpty();
    assertThat(QuoteChange.direction(ChangeType.TemporaryUpgrade, cheap, dear)).isEmpty();
    assertThat(QuoteChange.direction(ChangeType.Downgrade, dear, cheap)).isEmpty();
    Rejection same = QuoteChange.direction(ChangeType.Upgrade, cheap, cheap).orElseThrow();
    assertThat(same.code()).isEqualTo(CatalogErrors.INVALID_CHANGE);
    assertThat(same.message()).startsWith("an upgrade must cost more than the current specification: 100.00 CNY for the new");
    assertThat(QuoteChange.direction(ChangeType.TemporaryUpgrade, dear, cheap).orElseThrow().message())
        .startsWith("a temporary upgrade must cost more");
    assertThat(QuoteChange.direction(ChangeType.Downgrade, cheap, dear).orElseThrow().message())
        .startsWith("a downgrade must cost less than the current specification");
  }

  @Test
  void thePeriodIsCountedInWholeUtcMonthsAtLeastOne() {
    assertThat(QuoteChange.periodMonths(START, END)).isEqualTo(1);
    assertThat(QuoteChange.periodMonths(START, START.plusSeconds(3600))).isEqualTo(1);
    assertThat(QuoteChange.periodMonths(START, Instant.parse("2027-12-01T00:00:00Z"))).isEqualTo(12);
    assertThat(QuoteChange.periodMonths(START, Instant.parse("2027-11-30T23:59:59Z"))).isEqualTo(11);
  }

  // ------------------------------------------------------------------ the use case over an in-memory catalog

  static Attribute anEnum(String code, String module, String defaultValue, String... values) {
    return new Attribute(code, code, module, AttributeType.ENUM, Arrays.stream(values).map(v -> new AllowedValue(v, v)).toList(),
        null, null, null, null, defaultValue);
  }

  static ProductCatalog vm(String version, Instant effectiveFrom, String largePrice) {
    return new ProductCatalog("vm", "vm", "Virtual machine", "CNY", version, effectiveFrom,
        List.of(anEnum("Region", "region", "east", "east", "west"),
            anEnum("InstanceType", "instance_type", "small", "small", "large", "huge")),
        List.of(PriceEntry.of("InstanceType", "small", "100.00"), PriceEntry.of("InstanceType", "large", largePrice),
            PriceEntry.of("InstanceType", "huge", "900.00")),
        List.of(Rule.onlyInRegions("HugeOnlyInEast", Condition.oneOf("InstanceType", "huge"), List.of("east"))),
        List.of());
  }

  static QuoteChange useCase() {
    Catalog catalog = new Catalog(List.of(vm("vm-1", Instant.parse("2026-01-01T00:00:00Z"), "300.00"),
        vm("vm-2", Instant.parse("2026-06-01T00:00:00Z"), "400.00")), List.of(), List.of(), List.of(),
        List.of(new StockOut("vm", "west", "InstanceType", "small")));
    CatalogSnapshots snapshots = new CatalogSnapshots(new CatalogLoader(null, null) {
      @Override
      public Catalog load() {
        return catalog;
      }
    });
    Clock clock = Clock.fixed(Instant.parse("2026-12-10T00:00:00Z"), ZoneOffset.UTC);
    return new QuoteChange(snapshots, new QuoteConfiguration(snapshots, clock), clock);
  }

  @Test
  void anUpgradeIsPricedUnderTheVersionInForceOrThePinnedOne() {
    ChangeQuote q = useCase().quoteChange(upgrade()).value();
    assertThat(q.getCatalogVersion()).isEqualTo("vm-2");
    assertThat(q.getOldPrice()).isEqualTo(Money.of("100.00", "CNY"));
    assertThat(q.getNewPrice()).isEqualTo(Money.of("400.00", "CNY"));
    assertThat(q.getAmount()).isEqualTo(Proration.upgrade(q.getOldPrice(), q.getNewPrice(), START, END, MID));
    assertThat(q.isRefund()).isFalse();
    assertThat(q.getNewConfig()).containsEntry("InstanceType", "large").containsEntry("Region", "east");
    assertThat(q.getFormula()).isEqualTo("(P_new - P_old) x remaining / length");

    ChangeQuote pinned = useCase().quoteChange(upgrade().setCatalogVersion("vm-1").setAt(START)).value();
    assertThat(pinned.getCatalogVersion()).isEqualTo("vm-1");
    assertThat(pinned.getAmount()).isEqualTo(Money.of("200.00", "CNY"));
  }

  @Test
  void theCurrentSpecificationIsNotRefusedForAStockOutButTheNewOneIs() {
    Map<String, String> smallWest = Map.of("InstanceType", "small", "Region", "west");
    Map<String, String> largeWest = Map.of("InstanceType", "large", "Region", "west");
    ChangeQuote up = useCase().quoteChange(upgrade().setOldConfig(smallWest).setNewConfig(largeWest)).value();
    assertThat(up.getOldPrice()).isEqualTo(Money.of("100.00", "CNY"));
    Outcome<ChangeQuote> down = useCase().quoteChange(upgrade().setChangeType("Downgrade").setOldConfig(largeWest).setNewConfig(smallWest));
    assertThat(down.code()).isEqualTo(CatalogErrors.INVALID_CONFIGURATION);
    assertThat(down.message()).startsWith("the new specification: 1 problem(s)");
    assertThat(down.details()).singleElement().asString().startsWith("SoldOut:");
  }

  @Test
  void everyViolatedRuleOfTheNewSpecificationIsReported() {
    Outcome<ChangeQuote> r = useCase().quoteChange(upgrade().setNewConfig(Map.of("InstanceType", "huge", "Region", "west",
        "Colour", "red")));
    assertThat(r.code()).isEqualTo(CatalogErrors.INVALID_CONFIGURATION);
    assertThat(r.details()).extracting(d -> d.substring(0, d.indexOf(':'))).containsExactly("UnknownAttribute", "HugeOnlyInEast");
  }

  @Test
  void aTemporaryUpgradeChargesItsWindowAndADowngradeIsARefund() {
    Instant windowEnd = MID.plusSeconds(86_400L * 3);
    ChangeQuote temporary = useCase().quoteChange(temporary(null, windowEnd)).value();
    assertThat(temporary.getAmount())
        .isEqualTo(Proration.temporaryUpgrade(Money.of("100.00", "CNY"), Money.of("400.00", "CNY"), START, END, MID, MID, windowEnd));
    assertThat(temporary.isRefund()).isFalse();

    ChangeQuote down = useCase().quoteChange(upgrade().setChangeType("Downgrade").setOldConfig(LARGE).setNewConfig(SMALL)).value();
    assertThat(down.isRefund()).isTrue();
    assertThat(down.getAmount()).isEqualTo(Proration.downgrade(Money.of("400.00", "CNY"), Money.of("100.00", "CNY"), START, END, MID));
    assertThat(useCase().quoteChange(upgrade().setOldConfig(LARGE).setNewConfig(SMALL)).code()).isEqualTo(CatalogErrors.INVALID_CHANGE);
  }

  @Test
  void aRefundNeedsAKnownProductAndThePaidCurrency() {
    ChangeQuote r = useCase().quoteChange(refund(Money.of("310.00", "CNY")).setAt(START)).value();
    assertThat(r.getAmount()).isEqualTo(Money.of("310.00", "CNY"));
    assertThat(r.isRefund()).isTrue();
    assertThat(r.getCatalogVersion()).isEqualTo("vm-2");
    assertThat(r.getOldPrice()).isNull();
    assertThat(r.getNewConfig()).isNull();
    assertThat(useCase().quoteChange(refund(Money.of("1.00", "CNY")).setProductCode("tape")).code())
        .isEqualTo(CatalogErrors.PRODUCT_NOT_FOUND);
    assertThat(useCase().quoteChange(refund(Money.of("1.00", "USD"))).code()).isEqualTo(CommonErrors.INVALID_PARAMETER);
    assertThat(useCase().quoteChange(refund(Money.of("1.00", "CNY")).setCatalogVersion("vm-9")).code())
        .isEqualTo(CatalogErrors.INVALID_CATALOG_VERSION);
  }

  @Test
  void aPeriodOfWholeYearsIsPricedInYearsAndOneTheCatalogDoesNotSellMonthByMonth() {
    Clock clock = Clock.fixed(Instant.parse("2026-12-10T00:00:00Z"), ZoneOffset.UTC);
    QuoteChange useCase = useCase();
    Instant yearEnd = Instant.parse("2027-12-01T00:00:00Z");
    ChangeQuote year = useCase.quoteChange(upgrade().setPeriodEnd(yearEnd)).value();
    Money smallYear = quote(clock, SMALL, 1, "Year");
    assertThat(year.getOldPrice()).isEqualTo(smallYear);
    assertThat(year.getNewPrice()).isEqualTo(quote(clock, LARGE, 1, "Year"));

    Instant thirteen = Instant.parse("2028-01-01T00:00:00Z"); // a month bought, then a year renewed
    ChangeQuote odd = useCase.quoteChange(upgrade().setPeriodEnd(thirteen)).value();
    Outcome<io.cloudtrade.catalog.api.Quote> inOnePiece = quoteOutcome(clock, SMALL, 13, "Month");
    Money expected = inOnePiece.isOk() ? inOnePiece.value().getFinalAmount() : quote(clock, SMALL, 1, "Month").times(13);
    assertThat(odd.getOldPrice()).isEqualTo(expected);
  }

  private static Money quote(Clock clock, Map<String, String> config, int period, String unit) {
    return quoteOutcome(clock, config, period, unit).value().getFinalAmount();
  }

  private static Outcome<io.cloudtrade.catalog.api.Quote> quoteOutcome(Clock clock, Map<String, String> config, int period, String unit) {
    Catalog catalog = new Catalog(List.of(vm("vm-1", Instant.parse("2026-01-01T00:00:00Z"), "300.00"),
        vm("vm-2", Instant.parse("2026-06-01T00:00:00Z"), "400.00")), List.of(), List.of(), List.of(), List.of());
    CatalogSnapshots snapshots = new CatalogSnapshots(new CatalogLoader(null, null) {
      @Override
      public Catalog load() {
        return catalog;
      }
    });
    return new QuoteConfiguration(snapshots, clock).quote(new io.cloudtrade.catalog.api.QuoteRequest().setProductCode("vm")
        .setConfig(new java.util.HashMap<>(config)).setSubscriptionType("Subscription").setPeriod(period).setPeriodUnit(unit)
        .setAccountId(7L));
  }
}
