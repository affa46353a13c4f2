package io.cloudtrade.lifecycle.application;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.lifecycle.api.LifecycleErrors;
import io.cloudtrade.lifecycle.domain.InstanceState;
import io.cloudtrade.lifecycle.domain.ServicePeriod;
import io.cloudtrade.lifecycle.domain.SpecState;
import io.cloudtrade.lifecycle.persistence.InstanceMapper;
import io.cloudtrade.lifecycle.persistence.InstanceRow;
import io.cloudtrade.lifecycle.persistence.InstanceSpecMapper;
import io.cloudtrade.lifecycle.persistence.ProductionTaskRow;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Releases pay-as-you-go instances at their owner's request (BSS ReleaseInstance), all or none. In
 * one transaction the instances are locked and checked (the account's, pay-as-you-go, Normal, no
 * specification change pending), each is moved Normal -> Released by a conditional UPDATE and a
 * RELEASE task is recorded; a rejection rolls everything back. After the commit the RELEASE
 * notifications are published; one the control plane does not acknowledge is sent again ({@link
 * ResendLifecycleAction}), its acknowledgement settled by {@link AcknowledgeLifecycleAction} (the
 * instance stays Released: a failure is an ALERT for an operator).
 *
 * <p>A subscription is refused: it ends by expiring, or by a Refund order that gives the unused
 * time back. An instance Released already is skipped, so a repeated call (a client retrying after
 * a timeout) succeeds without a second RELEASE.
 */
@Service
public class ReleasePayAsYouGo {
  /** At most this many instance ids in one call. */
  static final int MAX_INSTANCE_IDS = 100;

  private static final Logger log = LoggerFactory.getLogger(ReleasePayAsYouGo.class);

  private final InstanceMapper instances;
  private final InstanceSpecMapper specs;
  private final ProductionRequests requests;
  private final TransactionTemplate tx;
  private final Clock clock;

  public ReleasePayAsYouGo(InstanceMapper instances, InstanceSpecMapper specs, ProductionRequests requests,
      TransactionTemplate tx, Clock clock) {
    this.instances = instances;
    this.specs = specs;
    this.requests = requests;
    this.tx = tx;
    this.clock = clock;
  }

  private record Released(InstanceRow instance, ProductionTaskRow task) {}

  /** @return how many instances this call released */
  public Outcome<Integer> release(long accountId, List<String> instanceIds) {
    if (accountId <= 0) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "AccountId is required");
    }
    if (instanceIds == null || instanceIds.isEmpty()) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "InstanceIds must name at least one instance");
    }
    if (instanceIds.stream().anyMatch(id -> id == null || id.isBlank())) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "InstanceIds must not contain a blank id");
    }
    List<String> ids = new ArrayList<>(new LinkedHashSet<>(instanceIds));
    if (ids.size() > MAX_INSTANCE_IDS) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "at most " + MAX_INSTANCE_IDS + " InstanceIds");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    List<Released> released = new ArrayList<>();
    Outcome<Integer> decided = tx.execute(s -> {
      Set<String> owned = new HashSet<>(instances.lockOwned(accountId, ids));
      List<String> missing = ids.stream().filter(id -> !owned.contains(id)).toList();
      if (!missing.isEmpty()) {
        return Outcome.rejected(LifecycleErrors.INSTANCE_NOT_FOUND, "instances " + String.join(", ", missing)
            + " do not exist; no instance was released");
      }
      for (String id : ids) {
        InstanceRow row = instances.find(id);
        Outcome<Integer> refused = refusal(row);
        if (refused != null) {
          s.setRollbackOnly();
          released.clear();
          return refused;
        }
        if (InstanceState.ofWireName(row.status) == InstanceState.RELEASED) {
          continue;
        }
        if (instances.markReleased(id, row.status, InstanceState.RELEASED.wireName(), now) == 0) {
          s.setRollbackOnly(); // cannot happen while the row is locked; never release half
          released.clear();
          return Outcome.rejected(LifecycleErrors.INVALID_STATE, "instance " + id + " changed meanwhile; no instance"
              + " was released");
        }
        released.add(new Released(row, requests.record(id, ProductionRequests.RELEASE, null, null, row.specVersion, null)));
      }
      return Outcome.ok(released.size());
    });
    if (decided == null || !decided.isOk()) {
      return decided;
    }
    for (Released r : released) {
      log.info("pay-as-you-go instance {} ({}) released by account {}", r.instance().instanceId,
          r.instance().productCode, accountId);
      try {
        requests.send(r.instance(), r.task(), 0, r.instance().spec);
      } catch (RuntimeException e) { // sent again by ResendLifecycleAction
        log.warn("RELEASE {} of instance {} could not be published now, it will be sent again: {}",
            r.task().notificationId, r.instance().instanceId, e.toString());
      }
    }
    return decided;
  }

  /** Why the instance cannot be released, null when it can (or is Released already). */
  private Outcome<Integer> refusal(InstanceRow row) {
    if (!ServicePeriod.PAY_AS_YOU_GO.equals(row.subscriptionType)) {
      return Outcome.rejected(LifecycleErrors.NOT_PAY_AS_YOU_GO, "instance " + row.instanceId + " is a "
          + row.subscriptionType + " instance: only pay-as-you-go instances are released this way (a subscription is"
          + " refunded or expires); no instance was released");
    }
    InstanceState state = InstanceState.ofWireName(row.status);
    if (state == InstanceState.RELEASED) {
      return null;
    }
    if (state != InstanceState.NORMAL) {
      return Outcome.rejected(LifecycleErrors.INVALID_STATE, "instance " + row.instanceId + " is " + row.status
          + ", it cannot be released; no instance was released");
    }
    boolean changing = specs.findByInstance(row.instanceId).stream()
        .anyMatch(v -> v.dueAt != null || SpecState.PENDING.name().equals(v.status)
            || SpecState.SCHEDULED.name().equals(v.status) || SpecState.REVERTING.name().equals(v.status));
    if (changing) {
      return Outcome.rejected(LifecycleErrors.INVALID_STATE, "instance " + row.instanceId + " has a change of"
          + " specification in progress; release it when the change is done; no instance was released");
    }
    return null;
  }
}
