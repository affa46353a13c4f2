package io.cloudtrade.routing;

import java.util.Locale;

/**
 * How a site's sensitive values look where they must not appear in clear: masked, keeping just enough for
 * a person to recognise them ({@code t***@example.com}, {@code +81-***-***-1234}, {@code T***}). Pure.
 */
public final class Masking {
  private static final String STARS = "***";

  private Masking() {}

  /**
   * Whether a sensitive value of the decision's site must be masked in a center.
   *
   * @param decision the decision for the request (its site and data class)
   * @param center the center where the value would appear (stored, shown, logged)
   * @return {@code false} for {@link ResidencyPolicy#NONE}, and for {@link ResidencyPolicy#RESIDENT_ENCRYPTED}
   *     in the decision's own center; {@code true} otherwise
   */
  public static boolean mustMask(RoutingDecision decision, String center) {
    return switch (decision.policy()) {
      case NONE -> false;
      case RESIDENT_ENCRYPTED -> !decision.center().equals(center);
      case MASKED_OUTSIDE_RESIDENCY -> true;
    };
  }

  /**
   * A sensitive value as it may appear in a center.
   *
   * @param decision the decision for the request
   * @param center the center where the value would appear
   * @param field the field ({@code name}, {@code phone}, {@code email}, {@code address}, or another)
   * @param value the value; {@code null} stays {@code null}
   * @return the value itself when {@link #mustMask} says no, its {@link #mask(String, String) mask} otherwise
   */
  public static String apply(RoutingDecision decision, String center, String field, String value) {
    return mustMask(decision, center) ? mask(field, value) : value;
  }

  /**
   * Masks a value by its field: {@link #maskEmail email}, {@link #maskPhone phone}, {@link #maskName name};
   * an address or any other field becomes {@code ***}.
   *
   * @param field the field name (case-insensitive)
   * @param value the value; {@code null} stays {@code null}, empty stays empty
   * @return the masked value
   */
  public static String mask(String field, String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    return switch (field == null ? "" : field.toLowerCase(Locale.ROOT)) {
      case "email" -> maskEmail(value);
      case "phone" -> maskPhone(value);
      case "name" -> maskName(value);
      default -> STARS;
    };
  }

  /**
   * An email's first character and its domain: {@code taro@example.com} gives {@code t***@example.com};
   * without a usable {@code @}, {@code ***}.
   *
   * @param email the email
   * @return the masked email
   */
  public static String maskEmail(String email) {
    int at = email.lastIndexOf('@');
    if (at <= 0 || at == email.length() - 1) {
      return STARS;
    }
    return email.substring(0, Character.charCount(email.codePointAt(0))) + STARS + email.substring(at);
  }

  /**
   * A phone number's country code (when it starts with {@code +} and 1 to 3 digits then a separator) and
   * its last four digits, whatever the separators: {@code +81 90-5555-1234} gives {@code +81-***-***-1234},
   * {@code 090-5555-1234} gives {@code ***-***-1234}; fewer than seven other digits, {@code ***}.
   *
   * @param phone the phone number
   * @return the masked number
   */
  public static String maskPhone(String phone) {
    String trimmed = phone.strip();
    String country = "";
    int start = 0;
    if (trimmed.startsWith("+")) {
      int end = 1;
      while (end < trimmed.length() && trimmed.charAt(end) >= '0' && trimmed.charAt(end) <= '9') {
        end++;
      }
      // a country code has 1 to 3 digits; without a separator after it, it cannot be told apart
      if (end > 1 && end <= 4 && end < trimmed.length()) {
        country = trimmed.substring(0, end) + "-";
        start = end;
      }
    }
    StringBuilder digits = new StringBuilder();
    for (int i = start; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    if (digits.length() < 7) {
      return STARS;
    }
    return country + STARS + "-" + STARS + "-" + digits.substring(digits.length() - 4);
  }

  /**
   * A name's first character: {@code Taro Yamada} gives {@code T***}, {@code 山田太郎} gives {@code 山***}.
   *
   * @param name the name
   * @return the masked name
   */
  public static String maskName(String name) {
    String trimmed = name.strip();
    if (trimmed.isEmpty()) {
      return STARS;
    }
    return trimmed.substring(0, Character.charCount(trimmed.codePointAt(0))) + STARS;
  }
}
