package io.cloudtrade.lifecycle;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class DomainIsPlainJavaTest {
  @Test
  void domainKnowsNoFramework() {
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.cloudtrade.lifecycle");
    noClasses().that().resideInAPackage("..lifecycle.domain..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "org.apache.dubbo..", "org.apache.ibatis..", "org.mybatis..",
            "org.apache.rocketmq..", "org.redisson..", "io.cloudtrade.lifecycle.persistence..", "io.cloudtrade.support..")
        .check(classes);
  }
}
