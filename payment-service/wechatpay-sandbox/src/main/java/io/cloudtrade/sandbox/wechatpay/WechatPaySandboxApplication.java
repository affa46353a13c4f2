package io.cloudtrade.sandbox.wechatpay;

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
 * A sandbox of WeChat Pay: API v3 (Native, refunds, notifications, certificates, bills) and API v2
 * micropay, speaking the real protocol so that the official SDK works against it with only the
 * base URL and keys changed; plus controls under {@code /sandbox/}. All state is per application
 * context, so several can run in one JVM.
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
public class WechatPaySandboxApplication {
  /** Its configuration file is {@code wechatpay-sandbox.yml}, so that it can share a classpath with the servers. */
  public static final String CONFIG_NAME = "wechatpay-sandbox";

  public static void main(String[] args) {
    SpringApplication app = new SpringApplication(WechatPaySandboxApplication.class);
    app.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
    app.run(args);
  }
}
