package io.plantaris.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the protocol codec, the analysis core and the programme domain free of I/O and transport
 * libraries.
 */
@AnalyzeClasses(packages = "io.plantaris", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] CORE_MAY_USE = {
    "java..",
    "org.apache.commons.math3..",
    "io.plantaris.insole..",
    "io.plantaris.protocol..",
    "io.plantaris.analysis.."
  };

  @ArchTest
  static final ArchRule coreDependsOnJdkAndCommonsMathOnly =
      classes()
          .that()
          .resideInAnyPackage(
              "io.plantaris.insole..", "io.plantaris.protocol..", "io.plantaris.analysis..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(CORE_MAY_USE)
          .because("the codec and the analysis core must run anywhere, fed by any adapter");

  @ArchTest
  static final ArchRule programmeDependsOnCoreOnly =
      classes()
          .that()
          .resideInAPackage("io.plantaris.programme..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "io.plantaris.analysis..", "io.plantaris.programme..")
          .because("progression rules are pure domain; storage sits behind ProgrammeRepository");

  @ArchTest
  static final ArchRule coreDoesNoNetworkOrFileIo =
      classes()
          .that()
          .resideInAnyPackage(
              "io.plantaris.insole..",
              "io.plantaris.protocol..",
              "io.plantaris.analysis..",
              "io.plantaris.programme..")
          .should()
          .onlyDependOnClassesThat()
          .resideOutsideOfPackages(
              "java.net..", "java.nio.channels..", "java.nio.file..", "java.sql..")
          .because("I/O belongs to adapters; the core is fed bytes and samples");

  @ArchTest
  static final ArchRule coreReadsNoWallClock =
      noClasses()
          .that()
          .resideInAnyPackage(
              "io.plantaris.protocol..", "io.plantaris.analysis..", "io.plantaris.programme..")
          .should()
          .callMethod(System.class, "currentTimeMillis")
          .orShould()
          .callMethod(System.class, "nanoTime")
          .orShould()
          .callMethod(java.time.Instant.class, "now")
          .because("the core is deterministic on replay: time comes from the samples");
}
