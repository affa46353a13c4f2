package io.cloudtrade.sandbox.alipay;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.HttpEncodingAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * A sandbox of Alipay's open gateway ({@code /gateway.do}): the real protocol (RSA2 signed requests
 * and responses, the face-to-face {@code alipay.trade.*} methods, signed asynchronous notifies with
 * retries), an in-memory ledger, and plain JSON controls under {@code /sandbox/} to play the buyer,
 * fail or delay. The official alipay-sdk-java works against it unchanged: only the server URL and the
 * keys differ.
 *
 * <p>It imports the few auto-configurations a web application needs instead of
 * {@code @EnableAutoConfiguration}: the launcher starts it in-process, on a classpath holding every
 * server, whose starters (Dubbo, DataSource, Redisson...) would otherwise configure themselves here.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({
    PropertyPlaceholderAutoConfiguration.class,
    ServletWebServerFactoryAutoConfiguration.class,
    DispatcherServletAutoConfiguration.class,
    WebMvcAutoConfiguration.class,
    HttpEncodingAutoConfiguration.class,
    ErrorMvcAutoConfiguration.class,
    JacksonAutoConfiguration.class,
    HttpMessageConvertersAutoConfiguration.class})
@ComponentScan
public class AlipaySandboxApplication {
  /** Its configuration file is {@code alipay-sandbox.yml}, so that it can share a classpath with the servers. */
  public static final String CONFIG_NAME = "alipay-sandbox";

  public static void main(String[] args) {
    SpringApplication app = new SpringApplication(AlipaySandboxApplication.class);
    app.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
    app.run(args);
  }
}
