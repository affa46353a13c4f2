package io.cloudtrade.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * A small HTTP endpoint for the servers that have no web server (Dubbo-only): {@code GET /metrics}
 * (the Prometheus exposition of the server's meters, for scraping), {@code GET /health} and any
 * JSON documents added with {@link #json} (e.g. {@code /alerts}, the monitoring agent's firing
 * alerts). Started when {@code cloudtrade.management.port} is set (0: any free port), on {@code
 * cloudtrade.management.address} (default loopback; a container sets 0.0.0.0). One thread: it is
 * for scrapers and operators, not for traffic.
 */
public class ManagementEndpoint implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(ManagementEndpoint.class);

  private final HttpServer server;
  private final Map<String, Supplier<String>> documents = new LinkedHashMap<>();

  public ManagementEndpoint(String address, int port, PrometheusMeterRegistry registry, String serviceName)
      throws IOException {
    server = HttpServer.create(new InetSocketAddress(address, port), 16);
    server.setExecutor(Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, serviceName + "-management");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/metrics", ex -> answer(ex, 200, "text/plain; version=0.0.4; charset=utf-8",
        registry == null ? "" : registry.scrape()));
    server.createContext("/health", ex -> answer(ex, 200, "application/json", "{\"status\":\"UP\"}"));
    server.start();
    log.info("management endpoint of {} on http://{}:{}/ (metrics, health)", serviceName, address, port());
  }

  /** Serves {@code GET path} with the JSON the supplier gives at each request. */
  public synchronized void json(String path, Supplier<String> document) {
    if (documents.put(path, document) == null) {
      server.createContext(path, ex -> {
        Supplier<String> d;
        synchronized (this) {
          d = documents.get(path);
        }
        answer(ex, 200, "application/json", d.get());
      });
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private static void answer(HttpExchange ex, int status, String type, String body) throws IOException {
    try (ex) {
      if (!"GET".equals(ex.getRequestMethod())) {
        ex.sendResponseHeaders(405, -1);
        return;
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", type);
      ex.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    } catch (RuntimeException e) {
      log.warn("management request {} failed: {}", ex.getRequestURI(), e.toString());
    }
  }

  @Override
  public void destroy() {
    server.stop(0);
  }
}
