package io.cloudtrade.monitoringagent.spring;

import io.cloudtrade.kernel.BusinessField;
import io.cloudtrade.monitoringagent.Monitored;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;

/** How a {@link Monitored} method is named, and which of its parameters are business fields. */
final class MethodNames {
  final String service;
  final String operation;
  /** Per parameter, its key when it is a {@link BusinessField}; null when none is. */
  final String[] parameterKeys;

  private MethodNames(String service, String operation, String[] parameterKeys) {
    this.service = service;
    this.operation = operation;
    this.parameterKeys = parameterKeys;
  }

  static MethodNames of(Method method, Class<?> targetClass) {
    Class<?> userClass = ClassUtils.getUserClass(targetClass);
    Method specific = AopUtils.getMostSpecificMethod(method, userClass);
    Class<?> declaring = annotatedInterfaceDeclaring(userClass, specific);
    if (declaring == null) {
      declaring = interfaceDeclaring(userClass, specific);
    }
    Method interfaceMethod = declaring == null ? null : declaredMethod(declaring, specific);

    Monitored onMethod = AnnotatedElementUtils.findMergedAnnotation(specific, Monitored.class);
    Monitored onType = declaring != null && declaring.isAnnotationPresent(Monitored.class)
        ? declaring.getAnnotation(Monitored.class)
        : userClass.getAnnotation(Monitored.class);

    String service = firstNonBlank(
        onMethod == null ? null : onMethod.service(),
        onType == null ? null : onType.service(),
        declaring != null ? declaring.getSimpleName() : userClass.getSimpleName());
    String operation = firstNonBlank(onMethod == null ? null : onMethod.operation(), method.getName());

    String[] keys = new String[specific.getParameterCount()];
    boolean any = false;
    Parameter[] params = specific.getParameters();
    Parameter[] interfaceParams = interfaceMethod == null ? null : interfaceMethod.getParameters();
    for (int i = 0; i < params.length; i++) {
      BusinessField f = params[i].getAnnotation(BusinessField.class);
      Parameter named = params[i];
      if (f == null && interfaceParams != null) {
        f = interfaceParams[i].getAnnotation(BusinessField.class);
        named = interfaceParams[i];
      }
      if (f != null) {
        keys[i] = f.value().isBlank() ? (named.isNamePresent() ? named.getName() : "arg" + i) : f.value();
        any = true;
      }
    }
    return new MethodNames(service, operation, any ? keys : null);
  }

  /** The first interface of the class with a type-level {@link Monitored} that declares the method. */
  static Class<?> annotatedInterfaceDeclaring(Class<?> userClass, Method method) {
    for (Class<?> i : ClassUtils.getAllInterfacesForClassAsSet(userClass)) {
      if (i.isAnnotationPresent(Monitored.class) && declaredMethod(i, method) != null) {
        return i;
      }
    }
    return null;
  }

  private static Class<?> interfaceDeclaring(Class<?> userClass, Method method) {
    for (Class<?> i : ClassUtils.getAllInterfacesForClassAsSet(userClass)) {
      if (declaredMethod(i, method) != null) {
        return i;
      }
    }
    return null;
  }

  private static Method declaredMethod(Class<?> type, Method method) {
    try {
      return type.getDeclaredMethod(method.getName(), method.getParameterTypes());
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    throw new IllegalStateException("no name");
  }
}
