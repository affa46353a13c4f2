package io.cloudtrade.reseller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Domain code knows nothing of Spring, Dubbo, MyBatis, Redisson or RocketMQ. */
class DomainIsPlainJavaTest {
  static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.cloudtrade.reseller");

  @Test
  void domainUsesNoFramework() {
    noClasses().that().resideInAPackage("..reseller.domain..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "org.apache.dubbo..", "org.apache.ibatis..", "org.mybatis..",
            "org.redisson..", "org.apache.rocketmq..", "..reseller.persistence..", "..reseller.application..",
            "..reseller.adapter..")
        .check(CLASSES);
  }

  @Test
  void onlyAdaptersSeeDubbo() {
    noClasses().that().resideOutsideOfPackages("..reseller.adapter..", "io.cloudtrade.reseller")
        .should().dependOnClassesThat().resideInAPackage("org.apache.dubbo..")
        .check(CLASSES);
  }
}
