package io.cloudtrade.monitoringagent;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an exception class (and, inherited, its subclasses) as a business rejection: a call that
 * ends with it is {@code REJECTED}, never an {@code ERROR}, and does not count against the error
 * budget. Prefer returning {@code Outcome.rejected(code, message)}; this is for code that must throw.
 *
 * <p>The error code, in this order: the exception's public no-argument {@code String code()} method
 * when it has one and it answers a non-blank value (codes that vary per instance); else {@link
 * #code()}; else the exception's simple class name. Exceptions of libraries that cannot be annotated
 * are listed in {@code cloudtrade.monitoring.business-exceptions} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
public @interface BusinessRejection {
  /** The stable error code; empty: {@code code()} or the simple class name (see above). */
  String code() default "";
}
