package io.cloudtrade.monitoringagent.spring;

import io.cloudtrade.monitoringagent.Monitored;
import io.cloudtrade.monitoringagent.RequestRecorder;
import java.util.function.Supplier;
import org.aopalliance.aop.Advice;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AbstractPointcutAdvisor;
import org.springframework.core.Ordered;

/**
 * The Spring AOP advisor of {@link Monitored}: {@link MonitoredPointcut} + {@link
 * MonitoredInterceptor}. Ordered early ({@link #ORDER}) so that it wraps {@code @Transactional}: the
 * latency includes the commit, and a failed commit is an {@code ERROR}.
 *
 * <p>Without Spring Boot: {@code ProxyFactory pf = new ProxyFactory(bean); pf.addAdvisor(new
 * MonitoredAdvisor(() -> recorder));}.
 */
public final class MonitoredAdvisor extends AbstractPointcutAdvisor {
  public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;
  private static final long serialVersionUID = 1L;

  private final transient Pointcut pointcut = new MonitoredPointcut();
  private final transient MonitoredInterceptor interceptor;

  public MonitoredAdvisor(Supplier<RequestRecorder> recorder) {
    this.interceptor = new MonitoredInterceptor(recorder);
    setOrder(ORDER);
  }

  @Override
  public Pointcut getPointcut() {
    return pointcut;
  }

  @Override
  public Advice getAdvice() {
    return interceptor;
  }
}
