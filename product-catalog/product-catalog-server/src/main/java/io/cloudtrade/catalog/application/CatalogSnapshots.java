package io.cloudtrade.catalog.application;

import io.cloudtrade.catalog.domain.Catalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The in-memory snapshot of the published catalog that quotes read, so that the hot path never
 * touches the database. Loaded when the server starts (after the migrations; a catalog that cannot
 * be loaded stops the start), then reloaded every {@code cloudtrade.catalog.refresh-millis} (10 s
 * by default). A failed reload keeps the previous snapshot and logs one line.
 */
@Component
@DependsOnDatabaseInitialization
public class CatalogSnapshots {
  private static final Logger log = LoggerFactory.getLogger(CatalogSnapshots.class);

  private final CatalogLoader loader;
  private volatile Catalog current;

  public CatalogSnapshots(CatalogLoader loader) {
    this.loader = loader;
    this.current = loader.load();
    log.info("catalog loaded: {} published versions", current.size());
  }

  /** The latest snapshot loaded. */
  public Catalog current() {
    return current;
  }

  /** Reloads the snapshot now; also called on a schedule. */
  @Scheduled(fixedDelayString = "${cloudtrade.catalog.refresh-millis:10000}", initialDelayString = "${cloudtrade.catalog.refresh-millis:10000}")
  public void refresh() {
    try {
      current = loader.load();
    } catch (RuntimeException e) {
      log.warn("catalog reload failed, keeping the previous snapshot: {}", e.toString());
    }
  }
}
