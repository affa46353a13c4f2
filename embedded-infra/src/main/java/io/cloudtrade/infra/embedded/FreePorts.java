package io.cloudtrade.infra.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Finds free loopback ports for servers that cannot bind port 0 themselves. */
public final class FreePorts {
  private FreePorts() {}

  /** A port that was free a moment ago; {@code preferred} if it is free and not 0. */
  public static int pick(int preferred) {
    if (preferred > 0) {
      return preferred;
    }
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A free port p such that p-2 and p+1 are free too (a RocketMQ broker binds all three). */
  public static int pickBrokerPort() {
    for (int i = 0; i < 50; i++) {
      int p = pick(0);
      if (p > 1026 && p < 65534 && isFree(p - 2) && isFree(p + 1)) {
        return p;
      }
    }
    throw new IllegalStateException("no free port triple for the RocketMQ broker");
  }

  static boolean isFree(int port) {
    try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
