package io.cloudtrade.monitoringagent;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudtrade.kernel.Outcome;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class OutcomeClassifierTest {
  @BusinessRejection(code = "InsufficientBalance")
  static class InsufficientBalanceException extends RuntimeException {}

  /** Inherits the annotation: a business rejection too, with the same static code. */
  static class OverdraftException extends InsufficientBalanceException {}

  @BusinessRejection
  static class QuotaException extends RuntimeException {
    private final String code;

    QuotaException(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  @BusinessRejection
  static class UnnamedRejection extends RuntimeException {}

  /** A library's exception we cannot annotate: listed in the configuration. */
  static class LibraryConflictException extends RuntimeException {}

  static class SubLibraryConflictException extends LibraryConflictException {}

  private final OutcomeClassifier classifier = new OutcomeClassifier(List.of(LibraryConflictException.class.getName()));

  @Test
  void anOkOutcomeOrAnyOtherValueIsASuccess() {
    assertThat(classifier.classify(Outcome.ok("x"), null)).isEqualTo(Classification.SUCCESS);
    assertThat(classifier.classify("plain", null)).isEqualTo(Classification.SUCCESS);
    assertThat(classifier.classify(null, null)).isEqualTo(Classification.SUCCESS);
  }

  @Test
  void aRejectedOutcomeIsRejectedWithItsCode() {
    Classification c = classifier.classify(Outcome.rejected("OrderNotPayable", "paid already"), null);
    assertThat(c).isEqualTo(new Classification(RequestOutcome.REJECTED, "OrderNotPayable"));
  }

  @Test
  void anAnnotatedExceptionIsRejectedWithTheAnnotationsCode() {
    assertThat(classifier.classify(null, new InsufficientBalanceException()))
        .isEqualTo(new Classification(RequestOutcome.REJECTED, "InsufficientBalance"));
    assertThat(classifier.classify(null, new OverdraftException()))
        .isEqualTo(new Classification(RequestOutcome.REJECTED, "InsufficientBalance"));
  }

  @Test
  void aCodeMethodGivesThePerInstanceCodeAndTheClassNameIsTheLastResort() {
    assertThat(classifier.classify(null, new QuotaException("QuotaExceeded.Instances")).code()).isEqualTo("QuotaExceeded.Instances");
    assertThat(classifier.classify(null, new QuotaException(" ")).code()).isEqualTo("QuotaException");
    assertThat(classifier.classify(null, new UnnamedRejection()))
        .isEqualTo(new Classification(RequestOutcome.REJECTED, "UnnamedRejection"));
  }

  @Test
  void aConfiguredExceptionAndItsSubclassesAreRejections() {
    assertThat(classifier.classify(null, new LibraryConflictException()))
        .isEqualTo(new Classification(RequestOutcome.REJECTED, "LibraryConflictException"));
    assertThat(classifier.classify(null, new SubLibraryConflictException()).outcome()).isEqualTo(RequestOutcome.REJECTED);
    assertThat(new OutcomeClassifier(List.of()).classify(null, new LibraryConflictException()).outcome())
        .isEqualTo(RequestOutcome.ERROR);
  }

  @Test
  void aNullPointerExceptionIsASystemErrorNotABusinessFailure() {
    assertThat(classifier.classify(null, new NullPointerException("boom")))
        .isEqualTo(new Classification(RequestOutcome.ERROR, "NullPointerException"));
    assertThat(classifier.classify(null, new IllegalStateException()).code()).isEqualTo("IllegalStateException");
  }

  @Test
  void anExceptionWinsOverTheResultAndFutureWrappersAreLookedThrough() {
    assertThat(classifier.classify(Outcome.ok("x"), new IllegalArgumentException()).outcome()).isEqualTo(RequestOutcome.ERROR);
    assertThat(classifier.classify(null, new CompletionException(new InsufficientBalanceException())))
        .isEqualTo(new Classification(RequestOutcome.REJECTED, "InsufficientBalance"));
  }
}
