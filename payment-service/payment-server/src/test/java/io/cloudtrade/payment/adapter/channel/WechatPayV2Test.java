package io.cloudtrade.payment.adapter.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WechatPayV2Test {
  static final String KEY = "192006250b4c09247ec02edce69f6a2d";

  static Map<String, String> documented() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("appid", "wxd930ea5d5a258f4f");
    p.put("mch_id", "10000100");
    p.put("device_info", "1000");
    p.put("body", "test");
    p.put("nonce_str", "ibuaiVcKdpRxkhJA");
    return p;
  }

  @Test
  void signsAsWechatPaysOwnExample() {
    // WeChat Pay's signature guide: the same parameters and key give this HMAC-SHA256 sign
    assertThat(WechatPayV2.sign(documented(), KEY)).isEqualTo("6A9AE1657590FD6257D693A078E1C3E4BB6BA4DC30B23E0EE2496E54170DACD6");
  }

  @Test
  void emptyValuesAndTheSignItselfAreLeftOutOfTheSignature() {
    Map<String, String> p = documented();
    p.put("attach", "");
    p.put("sign", "whatever");
    assertThat(WechatPayV2.sign(p, KEY)).isEqualTo(WechatPayV2.sign(documented(), KEY));
  }

  @Test
  void verifiesOnlyAnUntamperedHmacAnswer() {
    Map<String, String> p = documented();
    p.put("sign_type", "HMAC-SHA256");
    p.put("sign", WechatPayV2.sign(p, KEY).toLowerCase());
    assertThat(WechatPayV2.verify(p, KEY)).isTrue();
    p.put("total_fee", "1");
    assertThat(WechatPayV2.verify(p, KEY)).isFalse();
    Map<String, String> md5 = documented();
    md5.put("sign_type", "MD5");
    md5.put("sign", "9A0A8659F005D6984697E2CA0A9CF3B7");
    assertThat(WechatPayV2.verify(md5, KEY)).isFalse(); // we ask for HMAC-SHA256 and accept nothing weaker
    assertThat(WechatPayV2.verify(documented(), KEY)).isFalse(); // no sign at all
  }

  @Test
  void readsAndWritesFlatXmlAndRefusesEntities() {
    Map<String, String> p = documented();
    p.put("body", "a]]>b <c>");
    assertThat(WechatPayV2.parse(WechatPayV2.write(p))).isEqualTo(p);
    assertThatThrownBy(() -> WechatPayV2.parse("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml><a>&e;</a></xml>"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WechatPayV2.parse("not xml")).isInstanceOf(IllegalArgumentException.class);
  }
}
