package io.cloudtrade.lifecycle.application;

import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.lifecycle.api.LifecycleErrors;
import io.cloudtrade.lifecycle.domain.RenewalSetting;
import io.cloudtrade.lifecycle.persistence.InstanceMapper;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sets how an account's instances renew (BSS SetRenewal), all or none: in one transaction the
 * instances are locked; when any id is unknown or another account's, nothing changes and the
 * answer is InstanceNotFound naming them. The setting's rules are {@link RenewalSetting}'s.
 */
@Service
public class SetRenewal {
  /** At most this many instance ids in one call. */
  static final int MAX_INSTANCE_IDS = 100;

  private final InstanceMapper instances;
  private final TransactionTemplate tx;
  private final Clock clock;

  public SetRenewal(InstanceMapper instances, TransactionTemplate tx, Clock clock) {
    this.instances = instances;
    this.tx = tx;
    this.clock = clock;
  }

  /** @return how many instances were set */
  public Outcome<Integer> set(long accountId, List<String> instanceIds, String renewStatus, Integer renewPeriod,
      String renewPeriodUnit) {
    if (accountId <= 0) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "AccountId is required");
    }
    if (instanceIds == null || instanceIds.isEmpty()) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "InstanceIds must name at least one instance");
    }
    if (instanceIds.stream().anyMatch(id -> id == null || id.isBlank())) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "InstanceIds must not contain a blank id");
    }
    Set<String> ids = new LinkedHashSet<>(instanceIds);
    if (ids.size() > MAX_INSTANCE_IDS) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, "at most " + MAX_INSTANCE_IDS + " InstanceIds");
    }
    RenewalSetting setting;
    try {
      setting = RenewalSetting.of(renewStatus, renewPeriod, renewPeriodUnit);
    } catch (IllegalArgumentException bad) {
      return Outcome.rejected(CommonErrors.INVALID_PARAMETER, bad.getMessage());
    }
    List<String> list = new ArrayList<>(ids);
    return tx.execute(s -> {
      Set<String> owned = new HashSet<>(instances.lockOwned(accountId, list));
      List<String> missing = list.stream().filter(id -> !owned.contains(id)).toList();
      if (!missing.isEmpty()) {
        s.setRollbackOnly();
        return Outcome.rejected(LifecycleErrors.INSTANCE_NOT_FOUND, "instances " + String.join(", ", missing)
            + " do not exist; no instance was changed");
      }
      instances.setRenewal(accountId, list, setting.status(), setting.period(), setting.periodUnit(),
          clock.instant().truncatedTo(ChronoUnit.MILLIS));
      return Outcome.ok(list.size());
    });
  }
}
