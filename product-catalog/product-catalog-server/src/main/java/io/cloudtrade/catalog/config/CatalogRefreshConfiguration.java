package io.cloudtrade.catalog.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the periodic reload of the catalog snapshot ({@code CatalogSnapshots#refresh}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class CatalogRefreshConfiguration {}
