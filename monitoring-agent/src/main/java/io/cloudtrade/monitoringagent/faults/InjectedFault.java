package io.cloudtrade.monitoringagent.faults;

/**
 * The system error fault injection throws: an {@code ERROR} with the code {@code InjectedFault}. Never
 * thrown unless {@code cloudtrade.monitoring.fault-injection.enabled=true} and a rule asks for it.
 */
public class InjectedFault extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InjectedFault() {
    this("injected fault");
  }

  public InjectedFault(String message) {
    super(message);
  }
}
