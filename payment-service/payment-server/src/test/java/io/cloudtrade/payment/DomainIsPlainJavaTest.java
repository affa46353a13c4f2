package io.cloudtrade.payment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Domain code knows nothing of Spring, Dubbo, MyBatis, Redisson or RocketMQ, nor of the layers above it. */
class DomainIsPlainJavaTest {
  @Test
  void domainUsesNoFrameworkAndNoOuterLayer() {
    noClasses().that().resideInAPackage("..payment.domain..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "org.apache.dubbo..", "org.apache.ibatis..", "org.mybatis..", "org.redisson..",
            "org.apache.rocketmq..", "..payment.persistence..", "..payment.application..", "..payment.adapter..")
        .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.cloudtrade.payment"));
  }
}
