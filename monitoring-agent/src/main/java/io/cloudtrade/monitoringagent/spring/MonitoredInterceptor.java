package io.cloudtrade.monitoringagent.spring;

import io.cloudtrade.monitoringagent.CallKind;
import io.cloudtrade.monitoringagent.Monitored;
import io.cloudtrade.monitoringagent.RequestMetrics;
import io.cloudtrade.monitoringagent.RequestRecorder;
import io.cloudtrade.monitoringagent.ServerCall;
import io.cloudtrade.monitoringagent.Span;
import io.cloudtrade.monitoringagent.TraceContext;
import io.cloudtrade.monitoringagent.TraceScope;
import java.lang.reflect.Method;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.AopUtils;

/**
 * The advice around {@link Monitored} methods: opens a span (a child of the current one, or a new
 * trace), calls the method, and records the call ({@code kind=internal}). When the method is the
 * provider method of a Dubbo call being served ({@link ServerCall}), it opens no span of its own and
 * records the call as {@code kind=server} in the server span, and the Dubbo filter does not.
 *
 * <p>What a method needs (its names, its meters, its parameter keys) is worked out on its first call
 * and cached per (target class, method). A method returning a {@link CompletionStage} is recorded
 * when the stage completes.
 */
public final class MonitoredInterceptor implements MethodInterceptor {
  private final Supplier<RequestRecorder> recorderSupplier;
  private volatile RequestRecorder recorder;
  private final ClassValue<ConcurrentMap<Method, Plan>> plans =
      new ClassValue<>() {
        @Override
        protected ConcurrentMap<Method, Plan> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  /** @param recorder asked on the first call (so that the meter registry is not made early) */
  public MonitoredInterceptor(Supplier<RequestRecorder> recorder) {
    this.recorderSupplier = recorder;
  }

  @Override
  public Object invoke(MethodInvocation invocation) throws Throwable {
    RequestRecorder rec = recorder();
    if (!rec.isEnabled()) {
      return invocation.proceed();
    }
    Method method = invocation.getMethod();
    Object target = invocation.getThis();
    Class<?> targetClass = target == null ? method.getDeclaringClass() : AopUtils.getTargetClass(target);
    ConcurrentMap<Method, Plan> byMethod = plans.get(targetClass);
    Plan plan = byMethod.get(method);
    if (plan == null) {
      plan = byMethod.computeIfAbsent(method, m -> Plan.of(rec, m, targetClass));
    }

    ServerCall call = ServerCall.current();
    boolean server = call != null && call.claim(method, targetClass);
    TraceScope scope = server ? null : TraceContext.startSpan();
    Span span = server ? call.span() : scope.span();
    CallKind kind = server ? CallKind.SERVER : CallKind.INTERNAL;
    long startMillis = System.currentTimeMillis();
    long start = System.nanoTime();
    Object result = null;
    Throwable error = null;
    try {
      result = invocation.proceed();
      return result;
    } catch (Throwable t) {
      error = t;
      throw t;
    } finally {
      try {
        Object[] args = invocation.getArguments();
        if (error == null && result instanceof CompletionStage<?> stage) {
          Plan p = plan;
          stage.whenComplete((value, failure) ->
              rec.record(p.operation, kind, span, startMillis, System.nanoTime() - start, args, p.parameterKeys,
                  value, failure));
        } else {
          rec.record(plan.operation, kind, span, startMillis, System.nanoTime() - start, args, plan.parameterKeys,
              result, error);
        }
      } finally {
        if (scope != null) {
          scope.close();
        }
      }
    }
  }

  private RequestRecorder recorder() {
    RequestRecorder r = recorder;
    if (r == null) {
      r = recorderSupplier.get();
      recorder = r;
    }
    return r;
  }

  /** What one method needs, worked out once. */
  private static final class Plan {
    final RequestMetrics.Operation operation;
    final String[] parameterKeys;

    private Plan(RequestMetrics.Operation operation, String[] parameterKeys) {
      this.operation = operation;
      this.parameterKeys = parameterKeys;
    }

    static Plan of(RequestRecorder rec, Method method, Class<?> targetClass) {
      MethodNames names = MethodNames.of(method, targetClass);
      return new Plan(rec.operation(names.service, names.operation), names.parameterKeys);
    }
  }
}
