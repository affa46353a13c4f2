package io.cloudtrade.monitoringagent;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Records every call of a method: one request-log line (JSON, logger {@value RequestLog#LOGGER_NAME})
 * and one sample of the Timer {@value RequestMetrics#TIMER}, in a span of the current trace.
 *
 * <p>On a type (class or interface), it applies to the public methods that type declares (for a class:
 * also those it inherits, except {@link Object}'s); on a method, to that method (also when put on the
 * interface method the bean implements). A method-level annotation wins over the type-level one.
 *
 * <p>Names, when not given: the service is the simple name of the interface that declares the method
 * (the bean class's simple name when no interface does), the operation is the method's name. Keep both
 * stable: they are metric tags and the keys the alerts and the trace analysis group by.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
public @interface Monitored {
  /** The service (usually the contract interface's simple name); empty: the default above. */
  String service() default "";

  /** The operation, on a method only (ignored on a type); empty: the method's name. */
  String operation() default "";
}
