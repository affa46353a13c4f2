package io.cloudtrade.sandbox.alipay.adapter.http;

import io.cloudtrade.sandbox.alipay.application.NotifyTransport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Posts notifies with the JDK's HttpURLConnection: no client threads to outlive the application. */
public final class HttpNotifyTransport implements NotifyTransport {
  private static final int MAX_BODY = 4096;
  private final Duration connectTimeout;
  private final Duration readTimeout;

  public HttpNotifyTransport(Duration connectTimeout, Duration readTimeout) {
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
  }

  @Override
  public Answer post(String url, String formBody) {
    HttpURLConnection connection = null;
    try {
      connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
      connection.setConnectTimeout((int) connectTimeout.toMillis());
      connection.setReadTimeout((int) readTimeout.toMillis());
      connection.setInstanceFollowRedirects(false);
      connection.setRequestMethod("POST");
      connection.setDoOutput(true);
      connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
      byte[] bytes = formBody.getBytes(StandardCharsets.UTF_8);
      connection.setFixedLengthStreamingMode(bytes.length);
      try (OutputStream out = connection.getOutputStream()) {
        out.write(bytes);
      }
      int status = connection.getResponseCode();
      InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
      String body = "";
      if (in != null) {
        try (in) {
          body = new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
        }
      }
      return new Answer(status, body, null);
    } catch (IOException | IllegalArgumentException e) {
      return new Answer(0, null, e.getClass().getSimpleName() + ": " + e.getMessage());
    } finally {
      if (connection != null) {
        connection.disconnect();
      }
    }
  }
}
