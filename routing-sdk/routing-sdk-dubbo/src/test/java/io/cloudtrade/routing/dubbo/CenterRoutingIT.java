package io.cloudtrade.routing.dubbo;

import static io.cloudtrade.routing.dubbo.Decisions.HANGZHOU;
import static io.cloudtrade.routing.dubbo.Decisions.JAPAN_SENSITIVE;
import static io.cloudtrade.routing.dubbo.Decisions.SINGAPORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.cloudtrade.routing.ResidencyPolicy;
import io.cloudtrade.routing.RoutingAttachments;
import io.cloudtrade.routing.RoutingDecision;
import io.cloudtrade.routing.RoutingRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.apache.curator.test.TestingServer;
import org.apache.dubbo.common.URL;
import org.apache.dubbo.config.ApplicationConfig;
import org.apache.dubbo.config.ProtocolConfig;
import org.apache.dubbo.config.ReferenceConfig;
import org.apache.dubbo.config.RegistryConfig;
import org.apache.dubbo.config.ServiceConfig;
import org.apache.dubbo.config.bootstrap.DubboBootstrap;
import org.apache.dubbo.rpc.RpcContext;
import org.apache.dubbo.rpc.RpcException;
import org.apache.dubbo.rpc.model.ApplicationModel;
import org.apache.dubbo.rpc.model.FrameworkModel;
import org.apache.dubbo.rpc.model.ModuleModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Real Dubbo over a real ZooKeeper (curator-test's TestingServer): three Dubbo applications in this JVM, each
 * a {@link DubboBootstrap} on a {@link FrameworkModel} of its own (so nothing is shared: extensions, protocol
 * servers, registry clients), registered by interface as the CloudTrade services are.
 *
 * <ul>
 *   <li>{@code cn} and {@code intl}: each exports {@link Echo} and {@link Echo2} with its {@code ct-center}
 *       (given as the Spring property form, {@code dubbo.provider.parameters.ct-center}, through the
 *       application's config map), and its {@code Echo.hop()} calls {@code Echo2} through the registry;
 *   <li>the consumer: a reference to {@link Echo} through the registry, and one pointed straight at the
 *       {@code cn} provider but believing it is {@code intl} (a wrong view of the providers' centers).
 * </ul>
 *
 * The test that stops {@code intl} runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CenterRoutingIT {
  private static final Duration GENEROUS = Duration.ofSeconds(30);

  private static TestingServer zooKeeper;
  private static CenterApp cn;
  private static CenterApp intl;
  private static FrameworkModel consumerFramework;
  private static DubboBootstrap consumer;
  private static Echo echo;
  private static Echo believedIntl;

  @BeforeAll
  static void start() throws Exception {
    // STACK.md trap 1: Dubbo then binds and registers 127.0.0.1, not the machine's address
    System.setProperty("dubbo.network.interface.ignored", ".*");
    Path dir = Files.createDirectories(Path.of(System.getProperty("cloudtrade.test.dir", "target/it-data"))
        .resolve("center-routing-" + UUID.randomUUID()).toAbsolutePath());
    zooKeeper = new TestingServer(-1, Files.createDirectories(dir.resolve("zookeeper")).toFile(), true);
    String registry = "zookeeper://" + zooKeeper.getConnectString();
    cn = new CenterApp("cn", registry);
    intl = new CenterApp("intl", registry);

    String cnAddress = cnEchoAddress();
    consumerFramework = new FrameworkModel();
    consumer = DubboBootstrap.newInstance(consumerFramework);
    ApplicationModel app = consumer.getApplicationModel();
    ReferenceConfig<Echo> echoRef = reference(app.getDefaultModule(), Echo.class);
    // a second module: the same interface, pointed at the cn provider's address but told it is intl
    ModuleModel forgedModule = app.newModule();
    ReferenceConfig<Echo> forgedRef = reference(forgedModule, Echo.class);
    forgedRef.setUrl("dubbo://" + cnAddress + "/" + Echo.class.getName() + "?ct-center=intl");
    consumer.application(application(app, "routing-it-consumer"))
        .registry(registry(app, registry))
        .reference(echoRef)
        .reference(forgedRef, forgedModule)
        .start();
    echo = echoRef.get();
    believedIntl = forgedRef.get();

    // the consumer and the providers' own references find their providers through ZooKeeper
    await().atMost(GENEROUS).ignoreExceptions().untilAsserted(() -> {
      assertThat(RoutingContext.call(HANGZHOU, echo::hop)).isEqualTo("cn>cn@cn");
      assertThat(RoutingContext.call(SINGAPORE, echo::hop)).isEqualTo("intl>intl@intl");
    });
  }

  @AfterAll
  static void stop() throws Exception {
    if (consumer != null) {
      consumer.destroy();
      consumerFramework.destroy();
    }
    if (intl != null) {
      intl.stop();
    }
    if (cn != null) {
      cn.stop();
    }
    if (zooKeeper != null) {
      zooKeeper.close();
    }
  }

  @AfterEach
  void noDecisionLeftBehind() {
    assertThat(RoutingContext.current()).isNull();
    RpcContext.removeClientAttachment();
  }

  @Test
  @Order(1)
  void aDecisionForAChinaRegionReachesTheChinaCenterOnEveryHop() {
    for (int i = 0; i < 10; i++) {
      assertThat(RoutingContext.call(HANGZHOU, echo::where)).isEqualTo("cn");
      assertThat(RoutingContext.call(HANGZHOU, echo::hop)).isEqualTo("cn>cn@cn");
    }
  }

  @Test
  @Order(2)
  void aDecisionForSingaporeReachesTheInternationalCenterOnEveryHop() {
    for (int i = 0; i < 10; i++) {
      assertThat(RoutingContext.call(SINGAPORE, echo::where)).isEqualTo("intl");
      assertThat(RoutingContext.call(SINGAPORE, echo::hop)).isEqualTo("intl>intl@intl");
    }
  }

  @Test
  @Order(3)
  void sensitiveDataOfAJapanAccountAskedFromAChinaRegionReachesTheInternationalCenter() {
    assertThat(JAPAN_SENSITIVE.center()).isEqualTo("intl");
    assertThat(JAPAN_SENSITIVE.policy()).isEqualTo(ResidencyPolicy.RESIDENT_ENCRYPTED);
    for (int i = 0; i < 10; i++) {
      assertThat(RoutingContext.call(JAPAN_SENSITIVE, echo::hop)).isEqualTo("intl>intl@intl");
    }
    // its general data follows the region
    RoutingDecision general = Decisions.decide(RoutingRequest.general("jp", "cn-hangzhou", "ecs", Decisions.ACCOUNT));
    assertThat(RoutingContext.call(general, echo::hop)).isEqualTo("cn>cn@cn");
  }

  @Test
  @Order(4)
  void aCallWithoutDecisionReachesEitherCenter() {
    Set<String> centers = new HashSet<>();
    Set<String> downstream = new HashSet<>();
    for (int i = 0; i < 40; i++) {
      centers.add(echo.where());
      String hop = echo.hop();
      assertThat(hop).matches("(cn|intl)>(cn|intl)@-"); // no decision travels either
      downstream.add(hop.substring(hop.indexOf('>') + 1));
    }
    assertThat(centers).containsExactlyInAnyOrder("cn", "intl");
    assertThat(downstream).containsExactlyInAnyOrder("cn@-", "intl@-");
  }

  @Test
  @Order(5)
  void aHandCraftedCallDecidedForIntlSentStraightToTheChinaProviderIsRefusedThere() {
    int before = cn.echoCalls.get();
    RoutingAttachments.toMap(JAPAN_SENSITIVE).forEach(RpcContext.getClientAttachment()::setAttachment);
    // Dubbo's consumer wraps the provider's RpcException (FORBIDDEN) in one of its own, message included
    assertThatThrownBy(believedIntl::where)
        .isInstanceOf(RpcException.class)
        .hasMessageContaining("call to " + Echo.class.getName() + ".where refused by the provider of center cn")
        .hasMessageContaining("decided for center intl without failover")
        .rootCause().isInstanceOf(RpcException.class)
        .satisfies(e -> assertThat(((RpcException) e).isForbidden()).isTrue());
    assertThat(cn.echoCalls.get()).isEqualTo(before); // the method never ran

    // the same wrong view under a decision for cn is served: the provider checks the decision, not the view
    assertThat(RoutingContext.call(HANGZHOU, believedIntl::where)).isEqualTo("cn");
  }

  @Test
  @Order(6)
  void withTheInternationalCenterDownGeneralTrafficFailsOverToChinaAndResidentDataFindsNoProvider() {
    assertThat(SINGAPORE.failoverAllowed()).isTrue();
    assertThat(SINGAPORE.failoverTo()).isEqualTo("cn");
    intl.stop();
    intl = null;

    // once the consumer has seen intl leave the registry
    await().atMost(GENEROUS).ignoreExceptions()
        .untilAsserted(() -> assertThat(RoutingContext.call(SINGAPORE, echo::where)).isEqualTo("cn"));
    // both hops fail over, and the second still carries the decision for intl
    assertThat(RoutingContext.call(SINGAPORE, echo::hop)).isEqualTo("cn>cn@intl");

    int before = cn.echoCalls.get();
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> RoutingContext.call(JAPAN_SENSITIVE, echo::where))
          .isInstanceOf(RpcException.class)
          .hasMessageContaining("No provider available")
          .satisfies(e -> assertThat(((RpcException) e).isNoInvokerAvailableAfterFilter()).isTrue());
    }
    assertThat(cn.echoCalls.get()).isEqualTo(before);
    // a decision that allows failover but does not name the center cannot fail over either
    RoutingDecision unnamed = new RoutingDecision("intl", "ap-southeast-1a", ResidencyPolicy.NONE, true, 1);
    assertThatThrownBy(() -> RoutingContext.call(unnamed, echo::where)).isInstanceOf(RpcException.class)
        .hasMessageContaining("No provider available");
    // China is untouched
    assertThat(RoutingContext.call(HANGZHOU, echo::hop)).isEqualTo("cn>cn@cn");
  }

  /** The cn provider's address as the registry lists it (host:port). */
  private static String cnEchoAddress() throws Exception {
    try (CuratorFramework client = CuratorFrameworkFactory.newClient(zooKeeper.getConnectString(),
        new ExponentialBackoffRetry(200, 5))) {
      client.start();
      String path = "/dubbo/" + Echo.class.getName() + "/providers";
      String[] address = new String[1];
      await().atMost(GENEROUS).ignoreExceptions().until(() -> {
        for (String child : client.getChildren().forPath(path)) {
          URL url = URL.valueOf(URLDecoder.decode(child, StandardCharsets.UTF_8));
          if ("cn".equals(ProviderCenter.of(url))) {
            address[0] = url.getAddress();
            return true;
          }
        }
        return false;
      });
      return address[0];
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ApplicationConfig application(ApplicationModel model, String name) {
    ApplicationConfig application = new ApplicationConfig(model, name);
    application.setQosEnable(false);
    application.setRegisterMode("interface");
    application.setShutwait("1000"); // STACK.md trap 9
    model.modelEnvironment().updateAppConfigMap(Map.of("dubbo.application.service-discovery.migration", "FORCE_INTERFACE"));
    return application;
  }

  private static RegistryConfig registry(ApplicationModel model, String address) {
    RegistryConfig registry = new RegistryConfig(model, address);
    registry.setTimeout(10_000);
    registry.setUseAsConfigCenter(false);
    registry.setUseAsMetadataCenter(false);
    return registry;
  }

  private static <T> ReferenceConfig<T> reference(ModuleModel module, Class<T> type) {
    ReferenceConfig<T> reference = new ReferenceConfig<>(module);
    reference.setInterface(type);
    reference.setCheck(false);
    reference.setScope("remote"); // through the network even where the same application exports it
    reference.setRetries(0);
    reference.setTimeout(5_000);
    return reference;
  }

  /** A provider application of one center: Echo and Echo2, and Echo's reference to Echo2. */
  private static final class CenterApp {
    final AtomicInteger echoCalls = new AtomicInteger();
    private final FrameworkModel framework = new FrameworkModel();
    private final DubboBootstrap dubbo = DubboBootstrap.newInstance(framework);

    CenterApp(String center, String registry) {
      ApplicationModel app = dubbo.getApplicationModel();
      // as dubbo.provider.parameters.ct-center=<center> in application.properties (see ProviderCenterParameterTest)
      app.modelEnvironment().updateAppConfigMap(Map.of("dubbo.provider.parameters.ct-center", center));
      ModuleModel module = app.getDefaultModule();
      ReferenceConfig<Echo2> downstreamRef = reference(module, Echo2.class);
      EchoService echoService = new EchoService(center, echoCalls);
      ServiceConfig<Echo> echo = new ServiceConfig<>(module);
      echo.setInterface(Echo.class);
      echo.setRef(echoService);
      ServiceConfig<Echo2> echo2 = new ServiceConfig<>(module);
      echo2.setInterface(Echo2.class);
      echo2.setRef(new Echo2Service(center));
      // a free port of its own: port -1 would mean "the first free port from 20880 up", remembered in a static
      // map of Dubbo's ServiceConfig, so that the second application of the JVM would try the first's port
      ProtocolConfig protocol = new ProtocolConfig(app, "dubbo", freePort());
      dubbo.application(application(app, "routing-it-" + center))
          .registry(registry(app, registry))
          .protocol(protocol)
          .service(echo)
          .service(echo2)
          .reference(downstreamRef)
          .start();
      echoService.downstream = downstreamRef.get();
    }

    void stop() {
      dubbo.destroy();
      framework.destroy();
    }
  }

  /** Answers its center; {@link #hop()} asks Echo2 through the registry, under the decision it received. */
  private static final class EchoService implements Echo {
    private final String center;
    private final AtomicInteger calls;
    volatile Echo2 downstream;

    EchoService(String center, AtomicInteger calls) {
      this.center = center;
      this.calls = calls;
    }

    @Override
    public String where() {
      calls.incrementAndGet();
      return center;
    }

    @Override
    public String hop() {
      calls.incrementAndGet();
      return center + ">" + downstream.where();
    }
  }

  /** Answers its center and the center of the decision it received. */
  private static final class Echo2Service implements Echo2 {
    private final String center;

    Echo2Service(String center) {
      this.center = center;
    }

    @Override
    public String where() {
      RoutingDecision decision = RoutingContext.current();
      return center + "@" + (decision == null ? "-" : decision.center());
    }
  }
}
