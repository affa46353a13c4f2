package io.cloudtrade.monitoringagent.spring;

import io.cloudtrade.monitoringagent.Monitored;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;

/**
 * The methods {@link Monitored} applies to: a method annotated itself (or on the interface method it
 * implements); a public method of an annotated class (or of a subclass), {@link Object}'s excepted; a
 * method declared by an annotated interface.
 */
public final class MonitoredPointcut extends StaticMethodMatcherPointcut {
  @Override
  public boolean matches(Method method, Class<?> targetClass) {
    if (method.getDeclaringClass() == Object.class) {
      return false;
    }
    Class<?> userClass = targetClass == null ? method.getDeclaringClass() : ClassUtils.getUserClass(targetClass);
    Method specific = AopUtils.getMostSpecificMethod(method, userClass);
    if (AnnotatedElementUtils.hasAnnotation(specific, Monitored.class)
        || AnnotatedElementUtils.hasAnnotation(method, Monitored.class)) {
      return true;
    }
    int modifiers = specific.getModifiers();
    if (!Modifier.isPublic(modifiers) || Modifier.isStatic(modifiers) || specific.getDeclaringClass() == Object.class) {
      return false;
    }
    if (userClass.isAnnotationPresent(Monitored.class)) {
      return true;
    }
    return MethodNames.annotatedInterfaceDeclaring(userClass, specific) != null;
  }
}
