package io.cloudtrade.gateway.admin;

import io.cloudtrade.gateway.monitoring.AlertBoard;
import io.cloudtrade.gateway.web.ApiRejection;
import io.cloudtrade.kernel.CommonErrors;
import io.cloudtrade.monitoringagent.alerts.AlertRules;
import io.cloudtrade.monitoringagent.faults.FaultRules;
import io.cloudtrade.support.MonitoringConfigWatch;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.apache.zookeeper.KeeperException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Monitoring for operators (HTTP Basic, {@link OperatorAuthentication}):
 *
 * <ul>
 *   <li>{@code GET /admin/api/alerts}: the alerts of every server, firing and latest events ({@link
 *       AlertBoard});
 *   <li>{@code GET|PUT|DELETE /admin/api/monitoring/alert-rules}: the alert rules every server applies
 *       at once (ZooKeeper node {@value MonitoringConfigWatch#ALERT_RULES}); a PUT is validated here
 *       first, an invalid one is refused with InvalidParameter and changes nothing; DELETE returns to
 *       the defaults;
 *   <li>{@code GET|PUT|DELETE /admin/api/monitoring/fault-injection}: faults to inject per link, for
 *       chaos runs (honoured only by servers started with fault injection enabled).
 * </ul>
 */
@RestController
@RequestMapping("/admin/api")
public class MonitoringAdminController implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(MonitoringAdminController.class);

  /** A run-time configuration document: its ZooKeeper node, how it is validated, what it is called. */
  private record Document(String path, Consumer<String> validate, String what) {}

  private static final Map<String, Document> DOCUMENTS = Map.of(
      "alert-rules", new Document(MonitoringConfigWatch.ALERT_RULES, AlertRules::parse, "alert rules"),
      "fault-injection", new Document(MonitoringConfigWatch.FAULT_INJECTION, FaultRules::parse, "fault injection"));

  private final AlertBoard board;
  private final CuratorFramework zk;

  public MonitoringAdminController(AlertBoard board, @Value("${cloudtrade.zookeeper}") String zookeeper) {
    this.board = board;
    this.zk = CuratorFrameworkFactory.newClient(zookeeper, 30_000, 10_000, new ExponentialBackoffRetry(200, 5));
    zk.start();
  }

  @GetMapping("/alerts")
  public Map<String, Object> alerts() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("firing", board.firing());
    m.put("recent", board.recent());
    return m;
  }

  /** The document in force ({@code {}} when none is set: the defaults, no faults). */
  @GetMapping("/monitoring/{document}")
  public ResponseEntity<String> get(@PathVariable String document) throws Exception {
    return json(read(document(document).path()));
  }

  /** Validates and sets the document; every server applies it within moments. */
  @PutMapping("/monitoring/{document}")
  public ResponseEntity<String> put(@PathVariable String document, @RequestBody String json, HttpServletRequest request)
      throws Exception {
    Document d = document(document);
    try {
      d.validate().accept(json);
    } catch (IllegalArgumentException bad) {
      throw new ApiRejection(400, CommonErrors.INVALID_PARAMETER, d.what() + " refused: " + bad.getMessage(), List.of());
    }
    byte[] data = json.getBytes(StandardCharsets.UTF_8);
    if (zk.checkExists().forPath(d.path()) == null) {
      zk.create().creatingParentsIfNeeded().forPath(d.path(), data);
    } else {
      zk.setData().forPath(d.path(), data);
    }
    log.warn("operator {} set the {}: {}", request.getAttribute(OperatorAuthentication.OPERATOR), d.what(), json);
    return json(json);
  }

  /** Removes the document: the defaults again (alert rules), no faults (fault injection). */
  @DeleteMapping("/monitoring/{document}")
  public void delete(@PathVariable String document, HttpServletRequest request) throws Exception {
    Document d = document(document);
    try {
      zk.delete().forPath(d.path());
    } catch (KeeperException.NoNodeException none) {
      // nothing to remove
    }
    log.warn("operator {} removed the {}", request.getAttribute(OperatorAuthentication.OPERATOR), d.what());
  }

  private static Document document(String name) {
    Document d = DOCUMENTS.get(name);
    if (d == null) {
      throw new ApiRejection(404, "MonitoringDocumentNotFound", "no monitoring document " + name + "; there are "
          + String.join(", ", DOCUMENTS.keySet()), List.of());
    }
    return d;
  }

  /**
   * A JSON document as the body. (No {@code produces} on the mappings: it would keep a rejection's
   * problem+json from being written, and answer 500 instead of 400.)
   */
  private static ResponseEntity<String> json(String body) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
  }

  private String read(String path) throws Exception {
    try {
      byte[] data = zk.getData().forPath(path);
      return data == null || data.length == 0 ? "{}" : new String(data, StandardCharsets.UTF_8);
    } catch (KeeperException.NoNodeException none) {
      return "{}";
    }
  }

  @Override
  public void destroy() {
    zk.close();
  }
}
