package io.cloudtrade.launcher;

import io.cloudtrade.catalog.api.CatalogService;
import io.cloudtrade.infra.embedded.EmbeddedInfrastructure;
import io.cloudtrade.infra.embedded.FreePorts;
import io.cloudtrade.infra.embedded.SharedInfrastructure;
import io.cloudtrade.infra.embedded.TestDirs;
import io.cloudtrade.lifecycle.api.InstanceQuery;
import io.cloudtrade.lifecycle.api.InstanceService;
import io.cloudtrade.order.api.OrderQuery;
import io.cloudtrade.order.api.OrderService;
import io.cloudtrade.payment.api.BalanceService;
import io.cloudtrade.reseller.api.IdentityService;
import io.cloudtrade.reseller.api.ResellerService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A running CloudTrade: the embedded servers (unless external) and one Spring application context
 * per service, each its own Dubbo application talking to the others through ZooKeeper and TCP.
 * Stopped in reverse: gateway first, the database last.
 */
public final class Platform implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Platform.class);
  /** Fixed ports of the embedded servers, so that a restart finds its data and a person can connect. */
  static final EmbeddedInfrastructure.Ports DEFAULT_PORTS = new EmbeddedInfrastructure.Ports(12181, 13306, 16379, 19876, 10911);

  private final EmbeddedInfrastructure infra;
  private final Deque<ConfigurableApplicationContext> contexts = new ArrayDeque<>();
  private ConfigurableApplicationContext gateway;
  private ConfigurableApplicationContext alipaySandbox;
  private ConfigurableApplicationContext wechatPaySandbox;

  private Platform(EmbeddedInfrastructure infra) {
    this.infra = infra;
  }

  /** Starts everything the options ask for and waits until the gateway reaches every service. */
  public static Platform start(LauncherOptions options) throws Exception {
    long t0 = System.nanoTime();
    // where logback-spring.xml writes the request log (read before the first context configures logging)
    if (System.getProperty("cloudtrade.request-log") == null) {
      System.setProperty("cloudtrade.request-log",
          options.dataDir().resolve("logs").resolve("requests.log").toAbsolutePath().toString());
    }
    EmbeddedInfrastructure infra = null;
    Map<String, String> common = new LinkedHashMap<>();
    if (!options.external()) {
      if (options.fresh()) {
        deleteRecursively(options.dataDir());
      }
      // ZooKeeper holds only soft state here (the Dubbo registry, rebuilt by the providers as they
      // start). Kept, it would restore the previous run's sessions and their ephemeral provider
      // nodes, which point at dead ports until those sessions expire.
      deleteRecursively(options.dataDir().resolve("zookeeper"));
      infra = EmbeddedInfrastructure.start(options.dataDir(), TestDirs.mariaDbBinaries(),
          options.randomPorts() ? EmbeddedInfrastructure.Ports.random() : DEFAULT_PORTS, SharedInfrastructure.TOPICS);
      common.putAll(SharedInfrastructure.properties(infra));
    }
    Platform platform = new Platform(infra);
    try {
      // the gateway's port is fixed before the services start: the channels notify the payment service through it
      int gatewayPort = FreePorts.pick(options.gatewayPort());
      Map<String, String> payment = new LinkedHashMap<>();
      if (!options.external() && options.services().contains(Service.PAYMENT)) {
        ChannelSandboxes.Started sandboxes = ChannelSandboxes.start(options.dataDir(), options.randomPorts(), gatewayPort);
        platform.contexts.push(sandboxes.alipay());
        platform.contexts.push(sandboxes.wechatPay());
        platform.alipaySandbox = sandboxes.alipay();
        platform.wechatPaySandbox = sandboxes.wechatPay();
        payment.putAll(sandboxes.paymentServerProperties());
      }
      int node = 1;
      for (Service s : options.services()) {
        List<String> args = new ArrayList<>();
        args.add("--spring.config.name=" + s.configName);
        common.forEach((k, v) -> args.add("--" + k + "=" + v));
        args.add("--cloudtrade.node-id=" + node++);
        if (s == Service.GATEWAY) {
          args.add("--server.port=" + gatewayPort);
        }
        if (s == Service.PAYMENT) {
          payment.forEach((k, v) -> args.add("--" + k + "=" + v));
        }
        args.addAll(options.passThroughArgs());
        long t = System.nanoTime();
        ConfigurableApplicationContext ctx =
            new SpringApplicationBuilder(s.application).registerShutdownHook(false).run(args.toArray(String[]::new));
        platform.contexts.push(ctx);
        if (s == Service.GATEWAY) {
          platform.gateway = ctx;
        }
        log.info("{} started in {} ms", s.serviceName, (System.nanoTime() - t) / 1_000_000);
      }
      if (platform.gateway != null) {
        platform.awaitProviders();
        if (options.demoData()) {
          DemoData.seed(platform.gatewayBean(IdentityService.class), platform.gatewayBean(BalanceService.class),
              platform.gatewayBean(ResellerService.class));
        }
      }
    } catch (Exception | Error e) {
      platform.close();
      throw e;
    }
    log.info("CloudTrade ready in {} ms", (System.nanoTime() - t0) / 1_000_000);
    return platform;
  }

  /**
   * Ready means every Dubbo consumer of the gateway has found its providers: each service answers one
   * harmless call (Tomcat may take traffic before Dubbo has discovered them).
   */
  private void awaitProviders() throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    List<Runnable> probes = List.of(
        () -> gateway.getBean(CatalogService.class).listProducts(),
        () -> gateway.getBean(IdentityService.class).findAccount(0),
        () -> gateway.getBean(ResellerService.class).getReseller(0),
        () -> gateway.getBean(BalanceService.class).queryBalance(0),
        () -> gateway.getBean(OrderService.class).queryOrders(new OrderQuery().setAccountId(0).setPageNum(1).setPageSize(1)),
        () -> gateway.getBean(InstanceService.class).queryInstances(new InstanceQuery().setAccountId(0).setPageNum(1).setPageSize(1)));
    for (Runnable probe : probes) {
      while (true) {
        try {
          probe.run();
          break;
        } catch (RuntimeException notYet) {
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException("services not reachable from the gateway after 60 s: " + notYet.getMessage(), notYet);
          }
          Thread.sleep(100);
        }
      }
    }
  }

  /** The gateway's HTTP port, or -1 if it was not started. */
  public int gatewayPort() {
    return gateway == null ? -1 : ((WebServerApplicationContext) gateway).getWebServer().getPort();
  }

  /** The Alipay sandbox's HTTP port, or -1 if it was not started. */
  public int alipaySandboxPort() {
    return alipaySandbox == null ? -1 : ((WebServerApplicationContext) alipaySandbox).getWebServer().getPort();
  }

  /** The WeChat Pay sandbox's HTTP port, or -1 if it was not started. */
  public int wechatPaySandboxPort() {
    return wechatPaySandbox == null ? -1 : ((WebServerApplicationContext) wechatPaySandbox).getWebServer().getPort();
  }

  /** A contract as the gateway reaches it (a Dubbo consumer), for tests and tools. */
  public <T> T gatewayBean(Class<T> contract) {
    if (gateway == null) {
      throw new IllegalStateException("the gateway was not started");
    }
    return gateway.getBean(contract);
  }

  public EmbeddedInfrastructure infrastructure() {
    return infra;
  }

  @Override
  public synchronized void close() {
    while (!contexts.isEmpty()) {
      ConfigurableApplicationContext ctx = contexts.pop();
      try {
        ctx.close();
      } catch (RuntimeException e) {
        log.warn("failed to stop {}: {}", ctx.getId(), e.toString());
      }
    }
    if (infra != null) {
      infra.close();
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
