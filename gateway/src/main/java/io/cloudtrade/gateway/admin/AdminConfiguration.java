package io.cloudtrade.gateway.admin;

import io.cloudtrade.catalog.api.CatalogAdminService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The admin API: its Dubbo reference to the catalog's admin contract and operator authentication on /admin/api/**. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminOperators.class)
public class AdminConfiguration implements WebMvcConfigurer {
  private final AdminOperators operators;

  public AdminConfiguration(AdminOperators operators) {
    this.operators = operators;
  }

  @Bean
  @DubboReference
  public ReferenceBean<CatalogAdminService> catalogAdminService() {
    return new ReferenceBean<>();
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new OperatorAuthentication(operators)).addPathPatterns("/admin/api/**");
  }
}
