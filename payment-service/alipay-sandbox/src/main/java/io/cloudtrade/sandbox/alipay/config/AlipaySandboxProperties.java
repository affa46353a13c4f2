package io.cloudtrade.sandbox.alipay.config;

import io.cloudtrade.sandbox.alipay.application.NotifyPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The sandbox's configuration, under {@code cloudtrade.sandbox.alipay}. */
@ConfigurationProperties("cloudtrade.sandbox.alipay")
public class AlipaySandboxProperties {
  /** The sandbox's RSA private key, PKCS#8 base64; absent: one is generated at start. */
  private String privateKey;
  /** The merchant applications the sandbox knows. */
  private List<App> apps = new ArrayList<>();
  /** The largest accepted difference between a request's timestamp and the sandbox's clock. */
  private Duration maxClockSkew = Duration.ofMinutes(30);
  /** Directory of the ledger's append log; absent: the ledger lives in memory only. */
  private Path dataDir;
  /** Base URL of the bill download links; absent: the URL the request came to. */
  private String publicUrl;
  /** Prefix of the QR codes answered by alipay.trade.precreate. */
  private String qrCodeBase = "https://qr.alipay-sandbox.cloudtrade.local/";
  /** The seller's Alipay user id shown in notifies. */
  private String sellerId = "2088000000000001";
  private final Buyer buyer = new Buyer();
  private final Notify notify = new Notify();

  public String getPrivateKey() {
    return privateKey;
  }

  public void setPrivateKey(String privateKey) {
    this.privateKey = privateKey;
  }

  public List<App> getApps() {
    return apps;
  }

  public void setApps(List<App> apps) {
    this.apps = apps;
  }

  public Duration getMaxClockSkew() {
    return maxClockSkew;
  }

  public void setMaxClockSkew(Duration maxClockSkew) {
    this.maxClockSkew = maxClockSkew;
  }

  public Path getDataDir() {
    return dataDir;
  }

  public void setDataDir(Path dataDir) {
    this.dataDir = dataDir;
  }

  public String getPublicUrl() {
    return publicUrl;
  }

  public void setPublicUrl(String publicUrl) {
    this.publicUrl = publicUrl;
  }

  public String getQrCodeBase() {
    return qrCodeBase;
  }

  public void setQrCodeBase(String qrCodeBase) {
    this.qrCodeBase = qrCodeBase;
  }

  public String getSellerId() {
    return sellerId;
  }

  public void setSellerId(String sellerId) {
    this.sellerId = sellerId;
  }

  public Buyer getBuyer() {
    return buyer;
  }

  public Notify getNotify() {
    return notify;
  }

  /** A merchant application: its app_id and the public key its requests are verified with. */
  public static class App {
    private String appId;
    /** X.509 (SubjectPublicKeyInfo) base64, as Alipay's key tool produces. */
    private String publicKey;

    public String getAppId() {
      return appId;
    }

    public void setAppId(String appId) {
      this.appId = appId;
    }

    public String getPublicKey() {
      return publicKey;
    }

    public void setPublicKey(String publicKey) {
      this.publicKey = publicKey;
    }
  }

  /** The simulated buyer who pays every trade. */
  public static class Buyer {
    private String userId = "2088102000000001";
    private String logonId = "sbx***@cloudtrade.local";

    public String getUserId() {
      return userId;
    }

    public void setUserId(String userId) {
      this.userId = userId;
    }

    public String getLogonId() {
      return logonId;
    }

    public void setLogonId(String logonId) {
      this.logonId = logonId;
    }
  }

  /** Delivery of the asynchronous notifies. */
  public static class Notify {
    /** Delays of the retries after a notify that was not answered "success"; Alipay's by default. */
    private List<Duration> retrySchedule = new ArrayList<>(List.of(Duration.ofMinutes(4),
        Duration.ofMinutes(10), Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofHours(2),
        Duration.ofHours(6), Duration.ofHours(15)));
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration readTimeout = Duration.ofSeconds(10);
    /** Whether refunds of a trade with a notify_url are notified too, as Alipay does. */
    private boolean refunds = true;
    /** The delivery policy at start. */
    private NotifyPolicy.Mode policy = NotifyPolicy.Mode.NORMAL;

    public List<Duration> getRetrySchedule() {
      return retrySchedule;
    }

    public void setRetrySchedule(List<Duration> retrySchedule) {
      this.retrySchedule = retrySchedule;
    }

    public Duration getConnectTimeout() {
      return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
    }

    public Duration getReadTimeout() {
      return readTimeout;
    }

    public void setReadTimeout(Duration readTimeout) {
      this.readTimeout = readTimeout;
    }

    public boolean isRefunds() {
      return refunds;
    }

    public void setRefunds(boolean refunds) {
      this.refunds = refunds;
    }

    public NotifyPolicy.Mode getPolicy() {
      return policy;
    }

    public void setPolicy(NotifyPolicy.Mode policy) {
      this.policy = policy;
    }
  }
}
