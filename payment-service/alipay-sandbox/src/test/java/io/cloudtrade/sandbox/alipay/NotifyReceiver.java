package io.cloudtrade.sandbox.alipay;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A merchant's notify endpoint for the tests: records every notify it receives and answers
 * "success", or "fail" for the first N notifies of an out_trade_no when told so.
 */
public final class NotifyReceiver implements AutoCloseable {
  private final HttpServer server;
  private final List<Map<String, String>> received = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();

  public NotifyReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/alipay/notify", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> params = new LinkedHashMap<>();
      for (String pair : body.split("&")) {
        int eq = pair.indexOf('=');
        params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
      received.add(params);
      AtomicInteger left = failuresLeft.get(params.get("out_trade_no"));
      boolean fail = left != null && left.getAndDecrement() > 0;
      byte[] answer = (fail ? "fail" : "success").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    });
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/alipay/notify";
  }

  /** Answers "fail" to the first {@code times} notifies of this trade. */
  public void failFirst(String outTradeNo, int times) {
    failuresLeft.put(outTradeNo, new AtomicInteger(times));
  }

  /** Every notify received for this trade, in arrival order. */
  public List<Map<String, String>> of(String outTradeNo) {
    return received.stream().filter(p -> outTradeNo.equals(p.get("out_trade_no"))).toList();
  }

  /** Every notify received, in arrival order. */
  public List<Map<String, String>> all() {
    return List.copyOf(received);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
