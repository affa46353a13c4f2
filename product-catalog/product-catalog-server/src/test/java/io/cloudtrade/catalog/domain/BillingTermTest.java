package io.cloudtrade.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BillingTermTest {
  @Test
  void sellsTheDocumentedTerms() {
    for (int m = 1; m <= 12; m++) {
      assertThat(BillingTerm.parse("Subscription", m, "Month")).as("%d Month", m).isPresent();
    }
    assertThat(BillingTerm.parse("Subscription", 24, "Month")).isPresent();
    assertThat(BillingTerm.parse("Subscription", 36, "Month")).isPresent();
    assertThat(BillingTerm.parse("Subscription", 3, "Year").orElseThrow().months()).isEqualTo(36);
    assertThat(BillingTerm.parse("PayAsYouGo", 1, "Hour")).isPresent();
  }

  @Test
  void refusesEverythingElse() {
    assertThat(BillingTerm.parse("Subscription", 13, "Month")).isEmpty();
    assertThat(BillingTerm.parse("Subscription", 0, "Month")).isEmpty();
    assertThat(BillingTerm.parse("Subscription", 4, "Year")).isEmpty();
    assertThat(BillingTerm.parse("Subscription", 1, "Hour")).isEmpty();
    assertThat(BillingTerm.parse("PayAsYouGo", 1, "Month")).isEmpty();
    assertThat(BillingTerm.parse("PayAsYouGo", 2, "Hour")).isEmpty();
    assertThat(BillingTerm.parse("Subscription", 1, "Week")).isEmpty();
    assertThat(BillingTerm.parse(null, 1, "Month")).isEmpty();
    assertThat(BillingTerm.parse("Subscription", 1, null)).isEmpty();
    assertThat(BillingTerm.parse("Lease", 1, "Month")).isEmpty();
  }
}
