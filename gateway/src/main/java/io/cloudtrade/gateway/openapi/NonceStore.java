package io.cloudtrade.gateway.openapi;

import java.time.Duration;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.stereotype.Component;

/**
 * Remembers every signature nonce for as long as its request could be accepted, in Redis, so that a
 * captured request cannot be replayed through any gateway node.
 */
@Component
public class NonceStore {
  private final RedissonClient redis;

  public NonceStore(RedissonClient redis) {
    this.redis = redis;
  }

  /** True the first time this nonce is seen for this AccessKey within {@code ttl}. */
  public boolean firstUse(String accessKeyId, String nonce, Duration ttl) {
    return redis.<String>getBucket("ct:openapi:nonce:" + accessKeyId + ":" + nonce, StringCodec.INSTANCE).setIfAbsent("1", ttl);
  }
}
