package io.cloudtrade.monitoringagent.spring;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.monitoringagent.CallKind;
import io.cloudtrade.monitoringagent.Downstream;
import io.cloudtrade.monitoringagent.Monitored;
import io.cloudtrade.monitoringagent.RequestMetrics;
import io.cloudtrade.monitoringagent.RequestRecorder;
import io.cloudtrade.monitoringagent.ServerCall;
import io.cloudtrade.monitoringagent.Span;
import io.cloudtrade.monitoringagent.TraceContext;
import io.cloudtrade.monitoringagent.TraceScope;
import io.cloudtrade.monitoringagent.faults.FaultInjection;
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
 * <p>An in-process call is a downstream call of the span it was made in: its time and its failure
 * go to that span's {@link Downstream} record, so that the caller's line shows its self latency and
 * that its failure came from this link. Before an in-process call, the recorder's {@link
 * FaultInjection} (off by default) may delay it or answer a fault instead (provider calls: the Dubbo
 * filter does that).
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
    Span parent = server ? null : TraceContext.current();
    TraceScope scope = server ? null : TraceContext.startSpan();
    Span span = server ? call.span() : scope.span();
    CallKind kind = server ? CallKind.SERVER : CallKind.INTERNAL;
    long startMillis = System.currentTimeMillis();
    long start = System.nanoTime();
    Object result = null;
    Throwable error = null;
    try {
      FaultInjection.Fault fault = server ? null : rec.faults().decide(plan.operation.link());
      if (fault != null) {
        fault.sleep();
        result = fault.kind() == FaultInjection.Fault.Kind.NONE ? invocation.proceed() : fault.answer(method.getReturnType());
      } else {
        result = invocation.proceed();
      }
      return result;
    } catch (Throwable t) {
      error = t;
      throw t;
    } finally {
      try {
        Object[] args = invocation.getArguments();
        if (error == null && result instanceof CompletionStage<?> stage) {
          Plan p = plan;
          stage.whenComplete((value, failure) -> {
            long nanos = System.nanoTime() - start;
            rec.record(p.operation, kind, span, startMillis, nanos, args, p.parameterKeys, value, failure);
            noteInParent(rec, parent, p, nanos, value, failure);
          });
        } else {
          long nanos = System.nanoTime() - start;
          rec.record(plan.operation, kind, span, startMillis, nanos, args, plan.parameterKeys, result, error);
          noteInParent(rec, parent, plan, nanos, result, error);
        }
      } finally {
        if (scope != null) {
          scope.close();
        }
      }
    }
  }

  /** This call, as a downstream call of the span it was made in. */
  private static void noteInParent(RequestRecorder rec, Span parent, Plan plan, long nanos, Object result,
      Throwable error) {
    if (parent == null) {
      return;
    }
    try {
      Downstream d = parent.downstream();
      d.completed(nanos);
      if (error != null || (result instanceof Outcome<?> o && !o.isOk())) {
        d.failed(plan.operation.link(), rec.classifier().classify(result, error), error);
      }
    } catch (RuntimeException e) {
      // monitoring must not break a call
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
