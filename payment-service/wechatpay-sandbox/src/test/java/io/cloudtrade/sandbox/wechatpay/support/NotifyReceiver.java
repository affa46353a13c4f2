package io.cloudtrade.sandbox.wechatpay.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A merchant's notify_url: records what arrives and answers the scripted statuses (then 200). */
public final class NotifyReceiver implements AutoCloseable {
  private final HttpServer server;
  private final LinkedBlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final Deque<Integer> statuses = new ConcurrentLinkedDeque<>();

  public NotifyReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, v.get(0)));
      received.add(new Received(Instant.now(), exchange.getRequestURI().getPath(), headers, body));
      Integer status = statuses.poll();
      int code = status == null ? 200 : status;
      byte[] answer = code < 300 ? new byte[0] : "{\"code\":\"FAIL\",\"message\":\"失败\"}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(code, code == 204 ? -1 : answer.length);
      if (code != 204) {
        exchange.getResponseBody().write(answer);
      }
      exchange.close();
    });
    server.start();
  }

  /** The URL of {@code path} on this receiver. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Answers these statuses to the next requests, in order. */
  public void answer(Integer... codes) {
    statuses.addAll(List.of(codes));
  }

  /** The next notification, waiting at most {@code millis}; {@code null} if none came. */
  public Received next(long millis) throws InterruptedException {
    return received.poll(millis, TimeUnit.MILLISECONDS);
  }

  /** Everything that arrived within {@code millis}, waiting the whole time. */
  public List<Received> collect(long millis) throws InterruptedException {
    Thread.sleep(millis);
    List<Received> all = new ArrayList<>();
    received.drainTo(all);
    return all;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** One request as it arrived. */
  public record Received(Instant at, String path, Map<String, String> headers, String body) {
    public String header(String name) {
      return headers.get(name);
    }
  }
}
