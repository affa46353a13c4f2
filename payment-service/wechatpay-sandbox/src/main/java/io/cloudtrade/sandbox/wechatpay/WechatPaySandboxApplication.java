package io.cloudtrade.sandbox.wechatpay;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A sandbox of WeChat Pay: API v3 (Native, refunds, notifications, certificates, bills) and API v2
 * micropay, speaking the real protocol so that the official SDK works against it with only the
 * base URL and keys changed; plus controls under {@code /sandbox/}. All state is per application
 * context, so several can run in one JVM.
 */
@SpringBootApplication
public class WechatPaySandboxApplication {
  /** Its configuration file is {@code wechatpay-sandbox.yml}, so that it can share a classpath with the servers. */
  public static final String CONFIG_NAME = "wechatpay-sandbox";

  public static void main(String[] args) {
    SpringApplication app = new SpringApplication(WechatPaySandboxApplication.class);
    app.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
    app.run(args);
  }
}
