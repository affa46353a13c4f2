package io.cloudtrade.sandbox.wechatpay.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Each policy's plan for a notification: the delays of its first attempts. */
class NotifyPolicyTest {
  static List<Long> plan(NotifyPolicy p, long sequence) {
    return p.plan(sequence, new SplittableRandom(p.seed()), 15_000);
  }

  @Test
  void plans() {
    assertThat(plan(NotifyPolicy.NORMAL, 1)).containsExactly(0L);
    assertThat(plan(new NotifyPolicy(NotifyPolicy.Mode.DELAY, 700, 0), 1)).containsExactly(700L);
    assertThat(plan(new NotifyPolicy(NotifyPolicy.Mode.DUPLICATE, 50, 0), 1)).containsExactly(0L, 50L);
    assertThat(plan(new NotifyPolicy(NotifyPolicy.Mode.DROP, 0, 0), 1)).isEmpty();
    NotifyPolicy outOfOrder = new NotifyPolicy(NotifyPolicy.Mode.OUT_OF_ORDER, 900, 0);
    assertThat(plan(outOfOrder, 1)).containsExactly(900L);
    assertThat(plan(outOfOrder, 2)).containsExactly(0L);
    assertThat(plan(outOfOrder, 3)).containsExactly(900L);
  }

  @Test
  void randomIsAMixDecidedByTheSeed() {
    NotifyPolicy p = new NotifyPolicy(NotifyPolicy.Mode.RANDOM, 1000, 42);
    List<List<Long>> first = plans(p, new SplittableRandom(42));
    List<List<Long>> again = plans(p, new SplittableRandom(42));
    assertThat(first).isEqualTo(again);
    assertThat(first).anySatisfy(l -> assertThat(l).hasSize(2)); // some duplicated
    assertThat(first).anySatisfy(l -> assertThat(l).containsExactly(15_000L)); // some lost at first
    assertThat(first).allSatisfy(l -> assertThat(l).isNotEmpty().allSatisfy(d -> assertThat(d).isBetween(0L, 15_000L)));
  }

  static List<List<Long>> plans(NotifyPolicy p, SplittableRandom random) {
    List<List<Long>> plans = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      plans.add(p.plan(i, random, 15_000));
    }
    return plans;
  }
}
