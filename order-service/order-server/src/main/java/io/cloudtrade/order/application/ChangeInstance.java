package io.cloudtrade.order.application;

import io.cloudtrade.catalog.api.CatalogService;
import io.cloudtrade.catalog.api.ChangeQuote;
import io.cloudtrade.catalog.api.ChangeQuoteRequest;
import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.IdGenerator;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.lifecycle.api.InstanceView;
import io.cloudtrade.order.api.ModifyInstanceCommand;
import io.cloudtrade.order.api.OrderErrors;
import io.cloudtrade.order.api.PlacedOrder;
import io.cloudtrade.order.domain.ClientTokens;
import io.cloudtrade.order.domain.GrayRule;
import io.cloudtrade.order.domain.OrderState;
import io.cloudtrade.order.domain.RequestFingerprint;
import io.cloudtrade.order.persistence.ConfigJson;
import io.cloudtrade.order.persistence.OrderMapper;
import io.cloudtrade.order.persistence.OrderRow;
import io.cloudtrade.support.EventJson;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Upgrades, downgrades and temporary upgrades of a running subscription instance (BSS
 * ModifyInstance): priced by the catalog's proration under the catalog version the instance was
 * bought under, one at a time per instance ({@link InstanceChangeClaims}), idempotent by
 * ClientToken. Instance lifecycle applies the new specification as the next version of the
 * instance's specification history once the order is paid; the order's delivery then releases the
 * instance (see {@link FollowDelivery}).
 *
 * <p>Which flow lifecycle uses for an Upgrade or a Downgrade (the new Versioned one, or the old
 * Direct one) is the gray release rule's choice per account and product ({@link UpgradeFlows}),
 * recorded on the order and carried by its OrderPaid event.
 *
 * <p>An upgrade is charged at once. A downgrade costs nothing now and its prorated refund goes to
 * the balance once it is applied. A temporary upgrade is charged for its window and reverts by
 * itself at the window's end.
 */
@Service
public class ChangeInstance {
  static final Set<String> MODIFY_TYPES = Set.of("Upgrade", "Downgrade", "TemporaryUpgrade");

  private final OrderMapper orders;
  private final CatalogService catalog;
  private final InstanceChangeOrders changes;
  private final OrderPayment payment;
  private final IdGenerator ids;
  private final UpgradeFlows flows;
  private final Clock clock = Clock.systemUTC();

  public ChangeInstance(OrderMapper orders, CatalogService catalog, InstanceChangeOrders changes, OrderPayment payment,
      IdGenerator ids, UpgradeFlows flows) {
    this.flows = flows;
    this.orders = orders;
    this.catalog = catalog;
    this.changes = changes;
    this.payment = payment;
    this.ids = ids;
  }

  public Outcome<PlacedOrder> modifyInstance(ModifyInstanceCommand c) {
    String invalid = validate(c);
    if (invalid != null) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, invalid);
    }
    String fingerprint = RequestFingerprint.of(
        new Object[] {c.getModifyType(), c.getInstanceId(), c.getWindowStart(), c.getWindowEnd()}, c.getConfig());
    Outcome<PlacedOrder> replayed = payment.replayIfKnown(c.getAccountId(), c.getClientToken(), fingerprint, c.isPayNow());
    if (replayed != null) {
      return replayed;
    }
    return changes.placeThenPay(c.getInstanceId(), c.isPayNow(), () -> place(c, fingerprint));
  }

  /** Prices the change and writes the order with the instance's claim; under the instance's lock. */
  private Outcome<PlacedOrder> place(ModifyInstanceCommand c, String fingerprint) {
    Outcome<InstanceChangeOrders.Free> free = changes.free(c.getAccountId(), c.getInstanceId());
    if (!free.isOk()) {
      return Outcome.rejectedAs(free);
    }
    InstanceView instance = free.value().instance();
    OrderRow bought = orders.findPurchaseOfInstance(c.getAccountId(), c.getInstanceId());
    if (bought == null) {
      return Outcome.rejected(OrderErrors.INSTANCE_NOT_FOUND, "instance " + c.getInstanceId() + " was not bought by this account");
    }
    Map<String, String> wanted = new HashMap<>(instance.getSpec());
    wanted.putAll(c.getConfig());
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Outcome<ChangeQuote> quoted = catalog.quoteChange(new ChangeQuoteRequest()
        .setAccountId(c.getAccountId())
        .setProductCode(bought.productCode)
        .setChangeType(c.getModifyType())
        .setCatalogVersion(bought.catalogVersion)
        .setOldConfig(new HashMap<>(instance.getSpec()))
        .setNewConfig(new HashMap<>(wanted))
        .setPeriodStart(instance.getStartTime())
        .setPeriodEnd(instance.getEndTime())
        .setAt(now)
        .setWindowStart(c.getWindowStart())
        .setWindowEnd(c.getWindowEnd()));
    if (!quoted.isOk()) {
      return Outcome.rejectedAs(quoted);
    }
    return changes.submit(changeOrder(c, fingerprint, bought, instance, quoted.value(), now), free.value().state());
  }

  private OrderRow changeOrder(ModifyInstanceCommand c, String fingerprint, OrderRow bought, InstanceView instance,
      ChangeQuote q, Instant now) {
    boolean refund = q.isRefund();
    OrderRow o = OrderRow.followingUp(bought, ids.next(), c.getClientToken(), fingerprint, c.getModifyType(),
        OrderState.UNPAID.wire(), now);
    o.configJson = ConfigJson.write(q.getNewConfig());
    o.catalogVersion = q.getCatalogVersion();
    o.quoteJson = new String(EventJson.write(q), StandardCharsets.UTF_8);
    o.listPriceMinor = refund ? 0 : q.getAmount().minor();
    o.discountMinor = 0;
    o.amountMinor = refund ? 0 : q.getAmount().minor();
    o.refundMinor = refund ? q.getAmount().minor() : null;
    o.currency = q.getAmount().currency();
    o.baseSpecVersion = instance.getSpecVersion();
    o.windowStart = c.getWindowStart();
    o.windowEnd = c.getWindowEnd();
    // a temporary upgrade must revert to an exact earlier version: only the Versioned flow keeps one
    o.flow = "TemporaryUpgrade".equals(c.getModifyType()) ? GrayRule.VERSIONED : flows.current().flowFor(o.accountId, o.productCode);
    return o;
  }

  static String validate(ModifyInstanceCommand c) {
    String tokenProblem = ClientTokens.problem(c.getClientToken());
    if (tokenProblem != null) {
      return tokenProblem;
    }
    if (c.getInstanceId() == null || c.getInstanceId().isBlank()) {
      return "InstanceId is required";
    }
    if (c.getModifyType() == null || !MODIFY_TYPES.contains(c.getModifyType())) {
      return "ModifyType must be Upgrade, Downgrade or TemporaryUpgrade";
    }
    if (c.getConfig() == null || c.getConfig().isEmpty()) {
      return "at least one attribute to change is required";
    }
    boolean temporary = "TemporaryUpgrade".equals(c.getModifyType());
    if (!temporary && (c.getWindowStart() != null || c.getWindowEnd() != null)) {
      return "a time window applies to TemporaryUpgrade only";
    }
    if (temporary && c.getWindowEnd() == null) {
      return "a TemporaryUpgrade needs the end of its window";
    }
    if (temporary && c.getWindowStart() != null && !c.getWindowEnd().isAfter(c.getWindowStart())) {
      return "the window of a TemporaryUpgrade must end after it starts";
    }
    return null;
  }
}
