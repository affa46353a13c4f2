package io.cloudtrade.monitoringagent.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.monitoringagent.Classification;
import io.cloudtrade.monitoringagent.OutcomeClassifier;
import io.cloudtrade.monitoringagent.RequestOutcome;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {
  private static FaultInjection enabled(String json) {
    return new FaultInjection(true, FaultRules.parse(json), new Random(42));
  }

  @Test
  void disabledByDefaultNeverInjectsAndRefusesRules() {
    FaultInjectionProperties defaults = new FaultInjectionProperties(false, "");
    FaultInjection faults = defaults.toFaultInjection();
    assertThat(faults.enabled()).isFalse();
    assertThat(faults.decide("OrderService.placeOrder")).isNull();
    assertThatThrownBy(() -> faults.update("{\"OrderService.placeOrder\": {\"errorPercent\": 100}}"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("disabled");
    assertThat(faults.decide("OrderService.placeOrder")).isNull();
    assertThat(FaultInjection.disabled().decide("A.b")).isNull();
    // rules configured while disabled are ignored
    assertThat(new FaultInjectionProperties(false, "{\"A.b\": {\"errorPercent\": 100}}").toFaultInjection().decide("A.b")).isNull();
  }

  @Test
  void eachFaultHitsItsPercentageOfCalls() {
    FaultInjection faults = enabled("""
        {"PaymentService.pay": {"errorPercent": 30, "rejectCode": "ChannelBusy", "rejectPercent": 20},
         "OrderService.*": {"delayMs": 250, "delayPercent": 10}}
        """);
    int errors = 0;
    int rejections = 0;
    int delays = 0;
    int n = 10_000;
    for (int i = 0; i < n; i++) {
      FaultInjection.Fault f = faults.decide("PaymentService.pay");
      if (f != null && f.kind() == FaultInjection.Fault.Kind.ERROR) {
        errors++;
      }
      if (f != null && f.kind() == FaultInjection.Fault.Kind.REJECT) {
        rejections++;
        assertThat(f.code()).isEqualTo("ChannelBusy");
      }
      FaultInjection.Fault d = faults.decide("OrderService.placeOrder");
      if (d != null) {
        delays++;
        assertThat(d.delayMillis()).isEqualTo(250);
        assertThat(d.kind()).isEqualTo(FaultInjection.Fault.Kind.NONE);
      }
    }
    assertThat(errors).isBetween(2850, 3150);
    assertThat(rejections).isBetween(1850, 2150);
    assertThat(delays).isBetween(900, 1100);
    assertThat(faults.decide("PaymentService.refund")).isNull();
    assertThat(faults.decide("AccountService.debit")).isNull();
  }

  @Test
  void theSameSeedGivesTheSameCalls() {
    List<Object> a = new java.util.ArrayList<>();
    List<Object> b = new java.util.ArrayList<>();
    FaultInjection first = enabled("{\"A.b\": {\"errorPercent\": 50}}");
    FaultInjection second = enabled("{\"A.b\": {\"errorPercent\": 50}}");
    for (int i = 0; i < 100; i++) {
      a.add(String.valueOf(first.decide("A.b")));
      b.add(String.valueOf(second.decide("A.b")));
    }
    assertThat(a).isEqualTo(b);
  }

  @Test
  void aRejectionIsAnOutcomeWhereTheMethodReturnsOneElseABusinessExceptionAndAnErrorIsAnInjectedFault() {
    OutcomeClassifier classifier = new OutcomeClassifier(List.of());
    FaultInjection.Fault reject = new FaultInjection.Fault("A.b", 0, FaultInjection.Fault.Kind.REJECT, "InsufficientBalance");
    Object answer = reject.answer(Outcome.class);
    assertThat(answer).isInstanceOf(Outcome.class);
    assertThat(classifier.classify(answer, null)).isEqualTo(new Classification(RequestOutcome.REJECTED, "InsufficientBalance"));
    RuntimeException thrown = catchThrown(() -> reject.answer(String.class));
    assertThat(thrown).isInstanceOf(InjectedRejection.class);
    assertThat(classifier.classify(null, thrown)).isEqualTo(new Classification(RequestOutcome.REJECTED, "InsufficientBalance"));

    FaultInjection.Fault error = new FaultInjection.Fault("A.b", 0, FaultInjection.Fault.Kind.ERROR, null);
    RuntimeException fault = catchThrown(() -> error.answer(Outcome.class));
    assertThat(fault).isInstanceOf(InjectedFault.class);
    assertThat(classifier.classify(null, fault)).isEqualTo(new Classification(RequestOutcome.ERROR, "InjectedFault"));
  }

  private static RuntimeException catchThrown(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("nothing thrown");
  }

  @Test
  void invalidRulesAreRefusedAndTheLastGoodOnesStay() {
    FaultInjection faults = enabled("{\"A.b\": {\"errorPercent\": 100}}");
    assertThatThrownBy(() -> faults.update("{\"A.b\": {\"errorPercent\": 120}}")).hasMessageContaining("A.b.errorPercent");
    assertThatThrownBy(() -> faults.update("{\"A.b\": {\"errorPercent\": 60, \"rejectCode\": \"X\", \"rejectPercent\": 50}}"))
        .hasMessageContaining("at most 100");
    assertThatThrownBy(() -> faults.update("{\"A.b\": {\"rejectPercent\": 50}}")).hasMessageContaining("rejectCode is required");
    assertThatThrownBy(() -> faults.update("{\"A.b\": {\"delay\": 5}}")).hasMessageContaining("A.b.delay unknown key");
    assertThatThrownBy(() -> faults.update("{\"A.b\": {\"delayMs\": -5}}")).hasMessageContaining("A.b.delayMs");
    assertThatThrownBy(() -> faults.update("{\"Ab\": {\"errorPercent\": 5}}")).hasMessageContaining("not a link");
    assertThat(faults.decide("A.b").kind()).isEqualTo(FaultInjection.Fault.Kind.ERROR);
    faults.update("{}");
    assertThat(faults.decide("A.b")).isNull();
  }
}
