package io.cloudtrade.lifecycle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RenewalSettingTest {
  @Test
  void autoRenewalKeepsItsPeriod() {
    assertThat(RenewalSetting.of("AutoRenewal", 3, "Month")).isEqualTo(new RenewalSetting("AutoRenewal", 3, "Month"));
    assertThat(RenewalSetting.of("AutoRenewal", 1, "Year").periodUnit()).isEqualTo("Year");
    assertThat(RenewalSetting.of("AutoRenewal", 36, "Month").period()).isEqualTo(36);
  }

  @Test
  void manualAndNoRenewalIgnoreAnyPeriod() {
    assertThat(RenewalSetting.of("ManualRenewal", 99, "Week")).isEqualTo(new RenewalSetting("ManualRenewal", null, null));
    assertThat(RenewalSetting.of("NotRenewal", null, null)).isEqualTo(new RenewalSetting("NotRenewal", null, null));
  }

  @Test
  void refusesWhatIsNotASetting() {
    assertThatThrownBy(() -> RenewalSetting.of("AutoRenewal", 0, "Month")).hasMessageContaining("RenewPeriod");
    assertThatThrownBy(() -> RenewalSetting.of("AutoRenewal", 37, "Month")).hasMessageContaining("RenewPeriod");
    assertThatThrownBy(() -> RenewalSetting.of("AutoRenewal", null, "Month")).hasMessageContaining("RenewPeriod");
    assertThatThrownBy(() -> RenewalSetting.of("AutoRenewal", 1, "Week")).hasMessageContaining("RenewPeriodUnit");
    assertThatThrownBy(() -> RenewalSetting.of("AutoRenewal", 1, null)).hasMessageContaining("RenewPeriodUnit");
    assertThatThrownBy(() -> RenewalSetting.of("Renewal", null, null)).hasMessageContaining("RenewStatus");
    assertThatThrownBy(() -> RenewalSetting.of(null, null, null)).isInstanceOf(IllegalArgumentException.class);
  }
}
