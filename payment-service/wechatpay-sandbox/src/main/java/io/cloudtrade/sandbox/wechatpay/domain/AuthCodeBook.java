package io.cloudtrade.sandbox.wechatpay.domain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The behaviour registered for each payment code. A code nobody registered pays at once if it
 * looks like a real WeChat payment code (18 digits starting with 10 to 15) and is invalid otherwise.
 */
public final class AuthCodeBook {
  private static final Pattern REAL_CODE = Pattern.compile("1[0-5]\\d{16}");
  private final Map<String, AuthCodeBehaviour> behaviours = new ConcurrentHashMap<>();

  public void register(String authCode, AuthCodeBehaviour behaviour) {
    behaviours.put(authCode, behaviour);
  }

  /** The behaviour for {@code authCode}, or {@code null} when it is not a valid code. */
  public AuthCodeBehaviour behaviourOf(String authCode) {
    AuthCodeBehaviour registered = behaviours.get(authCode);
    if (registered != null) {
      return registered;
    }
    return REAL_CODE.matcher(authCode).matches() ? AuthCodeBehaviour.PAY : null;
  }
}
