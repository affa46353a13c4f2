package io.cloudtrade.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A business field of the request log: on a field of an argument class (or of the value a call
 * returns, also inside an {@link Outcome}), or on a parameter of a method annotated {@code
 * @Monitored} (module monitoring-agent, which writes the request log; the annotation lives here so
 * that the {@code *-api} contracts can mark their fields). Its value goes into the line's {@code
 * "fields"} object under {@link #value()}, rendered with {@code toString()} (enums by name), cut to
 * a bounded length.
 *
 * <p>Use the platform's keys so that the trace analysis can join lines: {@code requestId}, {@code
 * accountId}, {@code productCode}, {@code orderType}, {@code amount}, {@code orderId}, {@code
 * paymentId}, {@code instanceId}. The key {@value #PRODUCT_CODE} is also the {@code product} tag of
 * the metric (bounded); no other field is ever a metric tag.
 *
 * <p>Fields are found by reflection once per class (superclasses included) and cached; on a record,
 * annotate the component. Never annotate secrets (passwords, keys, card numbers): the line is a log.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface BusinessField {
  /** The key that also becomes the metric's {@code product} tag. */
  String PRODUCT_CODE = "productCode";

  /** The field's key in the log line; empty on a parameter: the parameter's name. */
  String value() default "";
}
