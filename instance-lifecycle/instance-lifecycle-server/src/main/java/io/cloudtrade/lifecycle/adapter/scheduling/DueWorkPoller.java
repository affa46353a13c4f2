package io.cloudtrade.lifecycle.adapter.scheduling;

import io.cloudtrade.lifecycle.application.DueInstanceWork;
import io.cloudtrade.lifecycle.application.DueSpecWork;
import io.cloudtrade.lifecycle.application.ResendLifecycleAction;
import io.cloudtrade.lifecycle.config.DueWorkProperties;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Runs {@link DueSpecWork}, then {@link ResendLifecycleAction} (STOP, START, RELEASE not
 * acknowledged), then {@link DueInstanceWork} (expiry), on one thread: first as soon as the application is ready (so work that
 * fell due while the service was down, e.g. a revert, happens right after it comes back), then
 * {@code cloudtrade.lifecycle.due-work.poll-interval} after each run ends. Time comes from the
 * {@link Clock} bean. Stops with the application context, before the database.
 */
@Component
public class DueWorkPoller implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(DueWorkPoller.class);

  private final DueSpecWork work;
  private final DueInstanceWork instanceWork;
  private final ResendLifecycleAction actionResends;
  private final DueWorkProperties settings;
  private final Clock clock;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "lifecycle-due-work");
    t.setDaemon(true);
    return t;
  });

  public DueWorkPoller(DueSpecWork work, DueInstanceWork instanceWork, ResendLifecycleAction actionResends,
      DueWorkProperties settings, Clock clock) {
    this.actionResends = actionResends;
    this.work = work;
    this.instanceWork = instanceWork;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent ready) {
    scheduler.scheduleWithFixedDelay(this::poll, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    log.info("due specification work polled every {}", settings.pollInterval());
  }

  private void poll() {
    try {
      work.runDue(clock.instant());
      actionResends.runDue(clock.instant());
      instanceWork.runScheduled(clock.instant()); // expiry, stop and release (cloudtrade.lifecycle.expiry.*)
    } catch (RuntimeException e) { // e.g. the database is briefly unreachable: the next poll tries again
      log.warn("polling due specification work failed: {}", e.toString());
    }
  }

  @Override
  public void destroy() throws InterruptedException {
    scheduler.shutdownNow();
    scheduler.awaitTermination(5, TimeUnit.SECONDS);
  }
}
