package io.cloudtrade.catalog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain is plain Java: no framework, no database, no RPC, no JSON library. */
class ArchitectureTest {
  private final JavaClasses classes = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.cloudtrade.catalog");

  @Test
  void domainKnowsNoFramework() {
    noClasses().that().resideInAPackage("..catalog.domain..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "org.apache.ibatis..", "org.mybatis..", "org.apache.dubbo..",
            "org.apache.rocketmq..", "org.redisson..", "com.fasterxml..", "io.cloudtrade.catalog.api..")
        .check(classes);
  }
}
