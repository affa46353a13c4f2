package io.cloudtrade.monitoringagent;

import io.cloudtrade.kernel.BusinessField;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the {@link BusinessField} fields of objects. A class is scanned once (its fields and its
 * superclasses'), the result cached per class in a {@link ClassValue}; each field is read through a
 * {@link MethodHandle} made accessible once. Values are rendered by {@link #render}: never throws,
 * bounded length.
 */
public final class BusinessFields {
  private static final Logger log = LoggerFactory.getLogger(BusinessFields.class);
  private static final Accessor[] NONE = new Accessor[0];
  private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
  private static final AtomicInteger scans = new AtomicInteger();

  private static final ClassValue<Accessor[]> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Accessor[] computeValue(Class<?> type) {
          scans.incrementAndGet();
          return scan(type);
        }
      };

  private BusinessFields() {}

  /** Whether objects of this class carry business fields. */
  public static boolean has(Class<?> type) {
    return ACCESSORS.get(type).length > 0;
  }

  /** The keys of a class's business fields, in the order they are read. */
  public static List<String> keys(Class<?> type) {
    List<String> keys = new ArrayList<>();
    for (Accessor a : ACCESSORS.get(type)) {
      keys.add(a.key);
    }
    return keys;
  }

  /**
   * Adds the business fields of {@code target} (nothing when it is null or has none) to {@code out}.
   *
   * @param onlyKey when not null, reads that key only (the metric's product when the log is off)
   */
  public static void collect(Object target, FieldValues out, int maxLength, String onlyKey) {
    if (target == null) {
      return;
    }
    for (Accessor a : ACCESSORS.get(target.getClass())) {
      if (onlyKey != null && !onlyKey.equals(a.key)) {
        continue;
      }
      if (!out.contains(a.key)) {
        out.put(a.key, render(a.read(target), maxLength));
      }
    }
  }

  /**
   * A field's value as text: {@code null} stays null, enums by name, anything else by {@code
   * toString()} (Money gives {@code "12.30 CNY"}), cut at {@code maxLength} characters with a
   * trailing {@code "..."}. A {@code toString()} that throws gives {@code "<unprintable>"}.
   */
  public static String render(Object value, int maxLength) {
    if (value == null) {
      return null;
    }
    String s;
    try {
      s = value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    } catch (RuntimeException e) {
      return "<unprintable>";
    }
    if (s == null) {
      return null;
    }
    return s.length() <= maxLength ? s : s.substring(0, Math.max(0, maxLength - 3)) + "...";
  }

  /** How many classes were scanned so far (each at most once): for tests of the cache. */
  static int scanCount() {
    return scans.get();
  }

  private static Accessor[] scan(Class<?> type) {
    if (type.isPrimitive() || type.isArray() || type.isInterface() || isPlatformClass(type)) {
      return NONE;
    }
    List<Accessor> found = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class && !isPlatformClass(c); c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        BusinessField annotation = f.getAnnotation(BusinessField.class);
        if (annotation == null || Modifier.isStatic(f.getModifiers())) {
          continue;
        }
        String key = annotation.value().isBlank() ? f.getName() : annotation.value();
        if (!f.trySetAccessible()) {
          log.warn("@BusinessField {}.{} is not accessible (module not open?): left out of the request log",
              c.getName(), f.getName());
          continue;
        }
        try {
          found.add(new Accessor(key, MethodHandles.lookup().unreflectGetter(f).asType(GETTER)));
        } catch (IllegalAccessException e) {
          log.warn("@BusinessField {}.{} cannot be read: left out of the request log: {}",
              c.getName(), f.getName(), e.toString());
        }
      }
    }
    return found.isEmpty() ? NONE : found.toArray(NONE);
  }

  private static boolean isPlatformClass(Class<?> c) {
    String n = c.getName();
    return n.startsWith("java.") || n.startsWith("javax.") || n.startsWith("jdk.") || n.startsWith("sun.");
  }

  private static final class Accessor {
    final String key;
    final MethodHandle getter;

    Accessor(String key, MethodHandle getter) {
      this.key = key;
      this.getter = getter;
    }

    Object read(Object target) {
      try {
        return (Object) getter.invokeExact(target);
      } catch (Throwable e) {
        return "<unreadable>";
      }
    }
  }
}
