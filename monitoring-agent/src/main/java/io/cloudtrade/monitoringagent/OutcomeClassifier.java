package io.cloudtrade.monitoringagent;

import io.cloudtrade.kernel.Outcome;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Says how a call ended, from what it returned or threw:
 *
 * <ol>
 *   <li>an exception whose class, or a superclass, is annotated {@link BusinessRejection} or is named
 *       in the configured business exceptions: {@code REJECTED} with its code (see {@link
 *       BusinessRejection} for how the code is found);
 *   <li>any other exception (a {@code NullPointerException} included): {@code ERROR}, code = the
 *       exception's simple class name;
 *   <li>a returned {@link Outcome} that is not ok: {@code REJECTED} with {@link Outcome#code()};
 *   <li>else {@code SUCCESS}.
 * </ol>
 *
 * What is learnt about an exception class is cached per class. Thread-safe.
 */
public final class OutcomeClassifier {
  private static final int MAX_CODE_LENGTH = 64;

  private final Set<String> businessExceptions;
  private final ClassValue<ExceptionRule> rules =
      new ClassValue<>() {
        @Override
        protected ExceptionRule computeValue(Class<?> type) {
          return ExceptionRule.of(type, businessExceptions);
        }
      };

  /** @param businessExceptions fully qualified class names of exceptions that are rejections */
  public OutcomeClassifier(Collection<String> businessExceptions) {
    this.businessExceptions = Set.copyOf(businessExceptions);
  }

  /**
   * @param result what the call returned (ignored when {@code error} is set)
   * @param error what it threw, or {@code null}
   */
  public Classification classify(Object result, Throwable error) {
    if (error != null) {
      Throwable e = unwrap(error);
      ExceptionRule rule = rules.get(e.getClass());
      if (rule.business) {
        return new Classification(RequestOutcome.REJECTED, rule.code(e));
      }
      return new Classification(RequestOutcome.ERROR, rule.staticCode);
    }
    if (result instanceof Outcome<?> outcome && !outcome.isOk()) {
      return new Classification(RequestOutcome.REJECTED, bounded(outcome.code()));
    }
    return Classification.SUCCESS;
  }

  /** Whether an exception is a business rejection (annotated or configured). */
  public boolean isBusinessRejection(Throwable error) {
    return rules.get(unwrap(error).getClass()).business;
  }

  /** The exception that says what went wrong, under the wrappers of futures. */
  private static Throwable unwrap(Throwable error) {
    Throwable e = error;
    while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }

  static String bounded(String code) {
    return code.length() <= MAX_CODE_LENGTH ? code : code.substring(0, MAX_CODE_LENGTH);
  }

  /** What is known about one exception class. */
  private static final class ExceptionRule {
    final boolean business;
    /** The annotation's code, or the simple class name. */
    final String staticCode;
    /** A public no-argument {@code String code()}, when a business exception has one. */
    final Method codeMethod;

    private ExceptionRule(boolean business, String staticCode, Method codeMethod) {
      this.business = business;
      this.staticCode = staticCode;
      this.codeMethod = codeMethod;
    }

    static ExceptionRule of(Class<?> type, Set<String> configured) {
      String simpleName = simpleName(type);
      BusinessRejection annotation = type.getAnnotation(BusinessRejection.class); // @Inherited
      boolean business = annotation != null;
      for (Class<?> c = type; !business && c != null && c != Object.class; c = c.getSuperclass()) {
        business = configured.contains(c.getName());
      }
      if (!business) {
        return new ExceptionRule(false, simpleName, null);
      }
      String code = annotation != null && !annotation.code().isBlank() ? bounded(annotation.code()) : simpleName;
      return new ExceptionRule(true, code, codeMethod(type));
    }

    String code(Throwable e) {
      if (codeMethod != null) {
        try {
          Object c = codeMethod.invoke(e);
          if (c instanceof String s && !s.isBlank()) {
            return bounded(s);
          }
        } catch (ReflectiveOperationException | RuntimeException ignored) {
          // a broken code() must not break the call: fall back to the static code
        }
      }
      return staticCode;
    }

    private static Method codeMethod(Class<?> type) {
      try {
        Method m = type.getMethod("code");
        if (m.getReturnType() != String.class || Modifier.isStatic(m.getModifiers())) {
          return null;
        }
        return m.trySetAccessible() ? m : null;
      } catch (NoSuchMethodException | SecurityException e) {
        return null;
      }
    }

    private static String simpleName(Class<?> type) {
      String s = type.getSimpleName();
      return s.isEmpty() ? type.getName() : s; // anonymous classes
    }
  }
}
