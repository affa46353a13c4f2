package io.cloudtrade.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The launcher's command line.
 *
 * <pre>
 *   --data-dir=DIR     where the embedded servers keep their data (default ./data); survives restarts
 *   --fresh            delete the data directory first: start from empty
 *   --port=N           the gateway's HTTP port (default 8080)
 *   --external         start no embedded servers; use CLOUDTRADE_MYSQL_HOST, CLOUDTRADE_ZOOKEEPER, ... instead
 *   --services=a,b     start only these (default: all); names as in {@link Service}
 *   --no-demo-data     do not seed the demo accounts
 *   --random-ports     embedded servers on free ports (tests)
 *   --key=value        any other option is passed to every service (e.g. --logging.level.root=DEBUG)
 * </pre>
 */
public record LauncherOptions(
    Path dataDir, boolean fresh, int gatewayPort, boolean external, List<Service> services, boolean demoData,
    boolean randomPorts, Map<String, String> passThrough) {

  public static LauncherOptions parse(String... args) {
    Path dataDir = Path.of("data");
    boolean fresh = false;
    int port = 8080;
    boolean external = false;
    List<Service> services = List.of(Service.values());
    boolean demo = true;
    boolean random = false;
    Map<String, String> pass = new LinkedHashMap<>();
    for (String arg : args) {
      String key = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
      switch (key) {
        case "--data-dir" -> dataDir = Path.of(value);
        case "--fresh" -> fresh = true;
        case "--port" -> port = parsePort(value);
        case "--external" -> external = true;
        case "--services" -> services = Service.parseList(value);
        case "--no-demo-data" -> demo = false;
        case "--random-ports" -> random = true;
        default -> {
          if (!key.startsWith("--") || key.length() < 3) {
            throw new IllegalArgumentException("unknown argument " + arg + " (options start with --)");
          }
          pass.put(key.substring(2), value);
        }
      }
    }
    return new LauncherOptions(dataDir, fresh, port, external, services, demo, random, pass);
  }

  private static int parsePort(String value) {
    try {
      int p = Integer.parseInt(value);
      if (p < 0 || p > 65535) {
        throw new NumberFormatException();
      }
      return p;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port must be a port number, got " + value);
    }
  }

  /** The options as {@code --key=value} arguments for every service. */
  List<String> passThroughArgs() {
    List<String> out = new ArrayList<>();
    passThrough.forEach((k, v) -> out.add("--" + k + "=" + v));
    return out;
  }
}
