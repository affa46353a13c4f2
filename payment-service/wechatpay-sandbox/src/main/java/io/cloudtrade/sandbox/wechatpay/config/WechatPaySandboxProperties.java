package io.cloudtrade.sandbox.wechatpay.config;

import io.cloudtrade.sandbox.wechatpay.domain.NotifyPolicy;
import io.cloudtrade.sandbox.wechatpay.domain.PlatformKeyMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code cloudtrade.sandbox.wechatpay.*}: the sandbox's keys, merchants and delivery behaviour. */
@ConfigurationProperties("cloudtrade.sandbox.wechatpay")
public class WechatPaySandboxProperties {
  /** WeChat Pay's own private key (PKCS#8, base64 or PEM); generated at start when absent. */
  private String platformPrivateKey;
  /** The id of WeChat Pay's public key ({@code PUB_KEY_ID_...}); derived from the key when absent. */
  private String platformKeySerial;
  /** The retry intervals after a failed notification attempt: the real ones by default (about 24 h in all). */
  private List<Duration> notifyRetrySchedule = new ArrayList<>(List.of(Duration.ofSeconds(15),
      Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofMinutes(3), Duration.ofMinutes(10),
      Duration.ofMinutes(20), Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofMinutes(30),
      Duration.ofMinutes(60), Duration.ofHours(3), Duration.ofHours(3), Duration.ofHours(3), Duration.ofHours(6),
      Duration.ofHours(6)));
  /** How long one notification attempt may take (connect, and the whole exchange). */
  private Duration notifyTimeout = Duration.ofSeconds(5);
  /** The notify policy at start. */
  private Policy notifyPolicy = new Policy();
  /** Requests signed further than this from the sandbox's clock are refused. */
  private Duration maxClockSkew = Duration.ofMinutes(5);
  /** How long a refund stays PROCESSING before SUCCESS; 0: SUCCESS at once. */
  private Duration refundProcessingTime = Duration.ZERO;
  /** A directory to journal the ledger to (and replay it from at start); empty: memory only. */
  private String journalDir;
  /** The merchants. */
  private List<MerchantProperties> merchants = new ArrayList<>();

  public String getPlatformPrivateKey() {
    return platformPrivateKey;
  }

  public void setPlatformPrivateKey(String platformPrivateKey) {
    this.platformPrivateKey = platformPrivateKey;
  }

  public String getPlatformKeySerial() {
    return platformKeySerial;
  }

  public void setPlatformKeySerial(String platformKeySerial) {
    this.platformKeySerial = platformKeySerial;
  }

  public List<Duration> getNotifyRetrySchedule() {
    return notifyRetrySchedule;
  }

  public void setNotifyRetrySchedule(List<Duration> notifyRetrySchedule) {
    this.notifyRetrySchedule = notifyRetrySchedule;
  }

  public Duration getNotifyTimeout() {
    return notifyTimeout;
  }

  public void setNotifyTimeout(Duration notifyTimeout) {
    this.notifyTimeout = notifyTimeout;
  }

  public Policy getNotifyPolicy() {
    return notifyPolicy;
  }

  public void setNotifyPolicy(Policy notifyPolicy) {
    this.notifyPolicy = notifyPolicy;
  }

  public Duration getMaxClockSkew() {
    return maxClockSkew;
  }

  public void setMaxClockSkew(Duration maxClockSkew) {
    this.maxClockSkew = maxClockSkew;
  }

  public Duration getRefundProcessingTime() {
    return refundProcessingTime;
  }

  public void setRefundProcessingTime(Duration refundProcessingTime) {
    this.refundProcessingTime = refundProcessingTime;
  }

  public String getJournalDir() {
    return journalDir;
  }

  public void setJournalDir(String journalDir) {
    this.journalDir = journalDir;
  }

  public List<MerchantProperties> getMerchants() {
    return merchants;
  }

  public void setMerchants(List<MerchantProperties> merchants) {
    this.merchants = merchants;
  }

  /** {@code notify-policy.*}. */
  public static class Policy {
    private NotifyPolicy.Mode mode = NotifyPolicy.Mode.NORMAL;
    private long delayMillis;
    private long seed;

    public NotifyPolicy toPolicy() {
      return new NotifyPolicy(mode, delayMillis, seed);
    }

    public NotifyPolicy.Mode getMode() {
      return mode;
    }

    public void setMode(NotifyPolicy.Mode mode) {
      this.mode = mode;
    }

    public long getDelayMillis() {
      return delayMillis;
    }

    public void setDelayMillis(long delayMillis) {
      this.delayMillis = delayMillis;
    }

    public long getSeed() {
      return seed;
    }

    public void setSeed(long seed) {
      this.seed = seed;
    }
  }

  /** {@code merchants[N].*}: one merchant. */
  public static class MerchantProperties {
    private String mchid;
    private String appid;
    /** The APIv3 key: 32 characters. */
    private String apiV3Key;
    /** The API v2 key (HMAC-SHA256 / MD5 signatures of micropay). */
    private String apiV2Key;
    /** The serial number of the merchant's API certificate. */
    private String certificateSerial;
    /** The merchant API certificate's public key: base64 X.509 (SubjectPublicKeyInfo), or PEM of the key or certificate. */
    private String publicKey;
    /** How the merchant verifies WeChat Pay: decides the serial of notifications. */
    private PlatformKeyMode platformKeyMode = PlatformKeyMode.PUBLIC_KEY;

    public String getMchid() {
      return mchid;
    }

    public void setMchid(String mchid) {
      this.mchid = mchid;
    }

    public String getAppid() {
      return appid;
    }

    public void setAppid(String appid) {
      this.appid = appid;
    }

    public String getApiV3Key() {
      return apiV3Key;
    }

    public void setApiV3Key(String apiV3Key) {
      this.apiV3Key = apiV3Key;
    }

    public String getApiV2Key() {
      return apiV2Key;
    }

    public void setApiV2Key(String apiV2Key) {
      this.apiV2Key = apiV2Key;
    }

    public String getCertificateSerial() {
      return certificateSerial;
    }

    public void setCertificateSerial(String certificateSerial) {
      this.certificateSerial = certificateSerial;
    }

    public String getPublicKey() {
      return publicKey;
    }

    public void setPublicKey(String publicKey) {
      this.publicKey = publicKey;
    }

    public PlatformKeyMode getPlatformKeyMode() {
      return platformKeyMode;
    }

    public void setPlatformKeyMode(PlatformKeyMode platformKeyMode) {
      this.platformKeyMode = platformKeyMode;
    }
  }
}
