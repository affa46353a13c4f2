package io.cloudtrade.reseller.config;

import io.cloudtrade.reseller.application.SigningKeyCache;
import io.cloudtrade.reseller.domain.PasswordHasher;
import io.cloudtrade.reseller.domain.SecretCipher;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cryptography of identities: the master key that seals AccessKey secrets, the cache of opened
 * keys, and password hashing.
 *
 * <p>{@code cloudtrade.identity.master-key} is the base64 of 32 random bytes; production sets it
 * through the environment variable {@code CLOUDTRADE_IDENTITY_MASTER_KEY}. The server refuses to
 * start with a malformed key, and warns when it runs on the development key of
 * reseller-rules-server.yml.
 */
@Configuration(proxyBeanMethods = false)
public class IdentityConfiguration {
  private static final Logger log = LoggerFactory.getLogger(IdentityConfiguration.class);

  @Bean
  public SecretCipher secretCipher(
      @Value("${cloudtrade.identity.master-key}") String masterKey,
      @Value("${cloudtrade.identity.development-master-key:}") String developmentKey) {
    if (masterKey.equals(developmentKey)) {
      log.warn("AccessKey secrets are sealed with the DEVELOPMENT master key; set CLOUDTRADE_IDENTITY_MASTER_KEY in production");
    }
    return SecretCipher.fromBase64(masterKey);
  }

  @Bean
  public SigningKeyCache signingKeyCache(SecretCipher secretCipher,
      @Value("${cloudtrade.identity.key-cache.ttl:60s}") Duration ttl,
      @Value("${cloudtrade.identity.key-cache.max-entries:100000}") int maxEntries) {
    return new SigningKeyCache(secretCipher, ttl, maxEntries);
  }

  @Bean
  public PasswordHasher passwordHasher() {
    return new PasswordHasher();
  }
}
