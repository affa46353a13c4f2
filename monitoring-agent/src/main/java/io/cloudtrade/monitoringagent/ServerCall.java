package io.cloudtrade.monitoringagent;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * The remote call a thread is serving, opened by a transport adapter (the Dubbo provider filter) so
 * that each provider call gives exactly one request-log line, of kind {@code server}:
 *
 * <ul>
 *   <li>when the provider bean's method is {@link Monitored}, the aspect {@link #claim claims} the
 *       call and records it itself, in the server span (its names and parameter fields apply);
 *   <li>otherwise the adapter records it when the call ends ({@link #claimed()} is false).
 * </ul>
 *
 * For transport adapters; applications do not use it.
 */
public final class ServerCall implements AutoCloseable {
  private static final ThreadLocal<ServerCall> CURRENT = new ThreadLocal<>();

  private final Span span;
  private final Class<?> serviceInterface;
  private final String methodName;
  private final Class<?>[] parameterTypes;
  private final ServerCall previous;
  private final Thread owner;
  private volatile boolean claimed;

  private ServerCall(
      Span span, Class<?> serviceInterface, String methodName, Class<?>[] parameterTypes, ServerCall previous) {
    this.span = span;
    this.serviceInterface = serviceInterface;
    this.methodName = methodName;
    this.parameterTypes = parameterTypes;
    this.previous = previous;
    this.owner = Thread.currentThread();
  }

  /** Marks this thread as serving a call of {@code serviceInterface.methodName} in {@code span}. */
  public static ServerCall open(Span span, Class<?> serviceInterface, String methodName, Class<?>[] parameterTypes) {
    ServerCall call = new ServerCall(span, serviceInterface, methodName, parameterTypes, CURRENT.get());
    CURRENT.set(call);
    return call;
  }

  /** The call this thread is serving, or {@code null}. */
  public static ServerCall current() {
    return CURRENT.get();
  }

  /**
   * Takes the recording of this call over, if {@code method} on {@code targetClass} is the provider
   * method being called directly (its span still current, nothing claimed yet).
   */
  public boolean claim(Method method, Class<?> targetClass) {
    if (claimed
        || TraceContext.current() != span
        || !method.getName().equals(methodName)
        || (serviceInterface != null && !serviceInterface.isAssignableFrom(targetClass))
        || (parameterTypes != null && !Arrays.equals(method.getParameterTypes(), parameterTypes))) {
      return false;
    }
    claimed = true;
    return true;
  }

  /** Whether a {@link Monitored} method recorded this call (then the adapter must not). */
  public boolean claimed() {
    return claimed;
  }

  public Span span() {
    return span;
  }

  @Override
  public void close() {
    if (Thread.currentThread() != owner) {
      return;
    }
    CURRENT.set(previous);
  }
}
