package io.cloudtrade.monitoringagent.dubbo;

import io.cloudtrade.kernel.Outcome;
import io.cloudtrade.monitoringagent.CallKind;
import io.cloudtrade.monitoringagent.Classification;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.dubbo.common.constants.CommonConstants;
import org.apache.dubbo.common.extension.Activate;
import org.apache.dubbo.config.spring.extension.SpringExtensionInjector;
import org.apache.dubbo.rpc.AsyncRpcResult;
import org.apache.dubbo.rpc.Filter;
import org.apache.dubbo.rpc.Invocation;
import org.apache.dubbo.rpc.Invoker;
import org.apache.dubbo.rpc.Result;
import org.apache.dubbo.rpc.RpcException;
import org.apache.dubbo.rpc.RpcInvocation;
import org.apache.dubbo.rpc.model.ApplicationModel;
import org.apache.dubbo.rpc.model.ScopeModelAware;
import org.springframework.context.ApplicationContext;

/**
 * Carries the trace across Dubbo calls, in the attachments {@value #TRACE_ID} and {@value #SPAN_ID}
 * (registered as the Dubbo filter {@code cloudtrade-trace} on the provider side, and on the consumer
 * side as the cluster filter {@link TraceClusterFilter}: above the choice of a provider, so that a call
 * that finds no provider at all is seen too).
 *
 * <ul>
 *   <li>Consumer side: attaches the current trace id and span id, and notes in the current span's
 *       {@link Downstream} record how long the call took and, when it failed (an exception, or a
 *       rejected {@code Outcome}), the callee's link ({@code Interface.method}) and its outcome: the
 *       caller's line then shows its self latency and whether its failure came from below. With no
 *       current trace, it starts one for the call and records the call itself ({@code kind=consumer}),
 *       so that the provider's parent span has a line.
 *   <li>Provider side: opens a server span, a child of the caller's span (a new trace when the caller
 *       sent none, or malformed ids), for the whole call, with the MDC set; then puts the thread back
 *       as it was. The call gets exactly one request-log line, {@code kind=server}: written by the
 *       {@link Monitored} aspect when the provider bean is {@code @Monitored} (its names and parameter
 *       fields apply; see {@link ServerCall}), else by this filter (service = the interface's simple
 *       name, operation = the method name, fields of the arguments' classes). The outcome comes from
 *       the result: a rejected {@code Outcome} is {@code REJECTED}, an exception {@code ERROR} unless
 *       it is a business rejection. Dubbo's own {@code ExceptionFilter} runs after this filter has seen
 *       the original exception. Before the call, the recorder's {@link FaultInjection} (off by
 *       default) may delay it, or answer an {@code InjectedFault} or a rejection instead.
 * </ul>
 *
 * The recorder is the Spring context's {@link RequestRecorder} bean (found through Dubbo's Spring
 * extension injector, per application); without Spring, one registered in the application model's
 * bean factory, else {@link RequestRecorder#standalone()}.
 */
@Activate(group = CommonConstants.PROVIDER, order = TraceFilter.ORDER)
public class TraceFilter implements Filter, ScopeModelAware {
  /** Attachment: the caller's trace id (32 hex characters). */
  public static final String TRACE_ID = "ct-trace-id";
  /** Attachment: the caller's span id (16 hex characters), parent of the server span. */
  public static final String SPAN_ID = "ct-span-id";
  /** Early in the chain: other filters' log lines carry the ids, the latency covers them. */
  static final int ORDER = -30000;

  private volatile ApplicationModel applicationModel;
  private volatile RequestRecorder recorder;
  private final ConcurrentMap<Class<?>, ConcurrentMap<String, RequestMetrics.Operation>> operations =
      new ConcurrentHashMap<>();

  @Override
  public void setApplicationModel(ApplicationModel applicationModel) {
    this.applicationModel = applicationModel;
  }

  /** Sets the recorder (Dubbo injects the Spring bean named {@code requestRecorder} here). */
  public void setRequestRecorder(RequestRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public Result invoke(Invoker<?> invoker, Invocation invocation) throws RpcException {
    RequestRecorder rec = recorder();
    if (!rec.isEnabled()) {
      return invoker.invoke(invocation);
    }
    if (CommonConstants.PROVIDER_SIDE.equals(invoker.getUrl().getSide())) {
      return serve(rec, invoker, invocation);
    }
    Span current = TraceContext.current();
    if (current != null) {
      invocation.setAttachment(TRACE_ID, current.traceId());
      invocation.setAttachment(SPAN_ID, current.spanId());
      return downstream(rec, invoker, invocation, current);
    }
    try (TraceScope scope = TraceContext.startTrace()) {
      invocation.setAttachment(TRACE_ID, scope.span().traceId());
      invocation.setAttachment(SPAN_ID, scope.span().spanId());
      return timed(rec, invoker, invocation, CallKind.CONSUMER, scope.span(), null);
    }
  }

  /**
   * Calls on, and notes the call's time and failure in the caller's span; a call the callee never
   * answered is also recorded for the callee's link ({@link RequestRecorder#recordUnanswered}).
   */
  private Result downstream(RequestRecorder rec, Invoker<?> invoker, Invocation invocation, Span caller) {
    long startMillis = System.currentTimeMillis();
    long start = System.nanoTime();
    Result result;
    try {
      result = invoker.invoke(invocation);
    } catch (RuntimeException | Error e) {
      note(rec, invoker, invocation, caller, System.nanoTime() - start, null, e);
      unanswered(rec, invoker, invocation, caller, startMillis, System.nanoTime() - start, e);
      throw e;
    }
    // sync calls: already complete, so this runs now, before the caller goes on
    result.whenCompleteWithContext((r, t) -> {
      note(rec, invoker, invocation, caller, System.nanoTime() - start, r, t);
      unanswered(rec, invoker, invocation, caller, startMillis, System.nanoTime() - start,
          t != null ? t : (r != null && r.hasException() ? r.getException() : null));
    });
    return result;
  }

  /** Records the call for the callee's link when Dubbo says the callee never answered it. */
  private void unanswered(RequestRecorder rec, Invoker<?> invoker, Invocation invocation, Span caller, long startMillis,
      long nanos, Throwable error) {
    if (isUnanswered(error)) {
      rec.recordUnanswered(operation(rec, invoker.getInterface(), invocation.getMethodName()), caller, startMillis, nanos,
          invocation.getArguments());
    }
  }

  /**
   * Whether the exception says the callee never answered: no provider (forbidden / no invoker), the
   * network (connection refused, closed), or no answer in time. An exception the callee threw itself
   * travels as its own class (or a RuntimeException), never as one of these.
   */
  static boolean isUnanswered(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RpcException e) {
        return e.isNetwork() || e.isTimeout() || e.isForbidden() || e.isNoInvokerAvailableAfterFilter();
      }
      if (t instanceof org.apache.dubbo.remoting.RemotingException) {
        return true;
      }
    }
    return false;
  }

  private static void note(RequestRecorder rec, Invoker<?> invoker, Invocation invocation, Span caller, long nanos,
      Result r, Throwable t) {
    try {
      Downstream d = caller.downstream();
      d.completed(nanos);
      Throwable error = t != null ? t : (r != null && r.hasException() ? r.getException() : null);
      if (error != null) {
        d.failed(link(invoker, invocation), rec.classifier().classify(null, error), error);
      } else if (r != null && r.getValue() instanceof Outcome<?> o && !o.isOk()) {
        d.failed(link(invoker, invocation), rec.classifier().classify(o, null), null);
      }
    } catch (RuntimeException e) {
      // monitoring must not break a call
    }
  }

  /** The callee as its own line names it by default: the interface's simple name and the method. */
  private static String link(Invoker<?> invoker, Invocation invocation) {
    return invoker.getInterface().getSimpleName() + "." + invocation.getMethodName();
  }

  private Result serve(RequestRecorder rec, Invoker<?> invoker, Invocation invocation) {
    String traceId = invocation.getAttachment(TRACE_ID);
    String parentSpanId = invocation.getAttachment(SPAN_ID);
    try (TraceScope scope = TraceContext.continueTrace(traceId, parentSpanId);
        ServerCall call = ServerCall.open(
            scope.span(), invoker.getInterface(), invocation.getMethodName(), invocation.getParameterTypes())) {
      return timed(rec, invoker, invocation, CallKind.SERVER, scope.span(), call);
    }
  }

  /** Calls on and records the call when its result completes (unless the aspect claimed it). */
  private Result timed(
      RequestRecorder rec, Invoker<?> invoker, Invocation invocation, CallKind kind, Span span, ServerCall call) {
    long startMillis = System.currentTimeMillis();
    long start = System.nanoTime();
    RequestMetrics.Operation op = operation(rec, invoker.getInterface(), invocation.getMethodName());
    boolean consumer = kind == CallKind.CONSUMER;
    Result result;
    try {
      FaultInjection.Fault fault = consumer ? null : rec.faults().decide(op.link());
      result = fault == null ? invoker.invoke(invocation) : injected(fault, invoker, invocation);
    } catch (RuntimeException | Error e) {
      if (consumer) {
        note(rec, invoker, invocation, span, System.nanoTime() - start, null, e);
      }
      if (call == null || !call.claimed()) {
        rec.record(op, kind, span, startMillis, System.nanoTime() - start, invocation.getArguments(), null, null, e);
      }
      throw e;
    }
    // sync calls: already complete, so this runs now, on this thread; async ones: when they complete
    result.whenCompleteWithContext((r, t) -> {
      if (consumer) {
        note(rec, invoker, invocation, span, System.nanoTime() - start, r, t); // the whole span is the callee's
      }
      if (call != null && call.claimed()) {
        return;
      }
      Throwable error = t != null ? t : (r != null && r.hasException() ? r.getException() : null);
      Object value = error == null && r != null ? r.getValue() : null;
      rec.record(op, kind, span, startMillis, System.nanoTime() - start, invocation.getArguments(), null, value, error);
    });
    return result;
  }

  /** A provider call under fault injection: the delay, then the real call or the injected answer. */
  private static Result injected(FaultInjection.Fault fault, Invoker<?> invoker, Invocation invocation) {
    fault.sleep();
    if (fault.kind() == FaultInjection.Fault.Kind.NONE) {
      return invoker.invoke(invocation);
    }
    try {
      return AsyncRpcResult.newDefaultAsyncResult(fault.answer(returnType(invoker, invocation)), invocation);
    } catch (RuntimeException e) {
      return AsyncRpcResult.newDefaultAsyncResult(e, invocation); // sent back like the method's own exception
    }
  }

  private static Class<?> returnType(Invoker<?> invoker, Invocation invocation) {
    if (invocation instanceof RpcInvocation rpc && rpc.getReturnType() != null) {
      return rpc.getReturnType();
    }
    try {
      Method m = invoker.getInterface().getMethod(invocation.getMethodName(), invocation.getParameterTypes());
      return m.getReturnType();
    } catch (NoSuchMethodException | RuntimeException e) {
      return null;
    }
  }

  private RequestMetrics.Operation operation(RequestRecorder rec, Class<?> service, String method) {
    if (rec != recorder) {
      return rec.operation(service.getSimpleName(), method); // a fallback not kept: nor are its meters here
    }
    ConcurrentMap<String, RequestMetrics.Operation> byMethod =
        operations.computeIfAbsent(service, s -> new ConcurrentHashMap<>());
    RequestMetrics.Operation op = byMethod.get(method);
    if (op == null) {
      op = byMethod.computeIfAbsent(method, m -> rec.operation(service.getSimpleName(), m));
    }
    return op;
  }

  private RequestRecorder recorder() {
    RequestRecorder r = recorder;
    if (r != null) {
      return r;
    }
    ApplicationModel model = applicationModel;
    try {
      ApplicationContext context = model == null ? null : SpringExtensionInjector.get(model).getContext();
      if (context == null) {
        RequestRecorder registered = model == null ? null : model.getBeanFactory().getBean(RequestRecorder.class);
        if (registered != null) {
          recorder = registered;
          return registered;
        }
        // no Spring context (yet): do not keep the fallback, the context may come
        return RequestRecorder.standalone();
      }
      r = context.getBeanProvider(RequestRecorder.class).getIfUnique(RequestRecorder::standalone);
    } catch (RuntimeException | LinkageError e) {
      r = RequestRecorder.standalone(); // Dubbo without Spring
    }
    recorder = r;
    return r;
  }
}
