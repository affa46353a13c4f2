package io.cloudtrade.sandbox.wechatpay.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The merchants the sandbox knows, by {@code mchid}. */
public final class Merchants {
  private final Map<String, Merchant> byMchid = new LinkedHashMap<>();

  public Merchants(List<Merchant> merchants) {
    for (Merchant m : merchants) {
      if (byMchid.put(m.mchid(), m) != null) {
        throw new IllegalArgumentException("merchant " + m.mchid() + " is configured twice");
      }
    }
  }

  public Optional<Merchant> find(String mchid) {
    return Optional.ofNullable(mchid == null ? null : byMchid.get(mchid));
  }

  public Collection<Merchant> all() {
    return byMchid.values();
  }
}
