package org.inkwell.cms.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The WAR assembles modules through their APIs only; tests are named for their tier: plain
 * {@code *Test} run by Surefire, {@code *IT} against the deployed WAR by Failsafe.
 */
@AnalyzeClasses(packages = "org.inkwell.cms")
class ArchitectureTest {

  @ArchTest
  static final ArchRule webUsesModulesThroughTheirApi =
      noClasses().that().resideInAPackage("org.inkwell.cms.web..")
          .should().dependOnClassesThat().resideInAnyPackage("..internal..");

  @ArchTest
  static final ArchRule pluginsSeeArticlesOnlyThroughTheCore =
      noClasses().that().resideInAPackage("org.inkwell.cms.relatedposts..")
          .should().dependOnClassesThat().resideInAnyPackage("org.inkwell.cms.articles..", "org.inkwell.cms.web..");

  @ArchTest
  static final ArchRule nothingDependsOnAPlugin =
      noClasses().that().resideOutsideOfPackage("org.inkwell.cms.relatedposts..")
          .should().dependOnClassesThat().resideInAPackage("org.inkwell.cms.relatedposts..");

  @ArchTest
  static final ArchRule testsAreNamedForTheirTier =
      methods().that().areAnnotatedWith(Test.class)
          .or().areAnnotatedWith(org.junit.jupiter.params.ParameterizedTest.class)
          .should().beDeclaredInClassesThat().haveSimpleNameEndingWith("Test")
          .orShould().beDeclaredInClassesThat().haveSimpleNameEndingWith("IT")
          .orShould().beDeclaredInClassesThat().haveSimpleNameEndingWith("Contract")
          .orShould().beDeclaredInClassesThat().areNestedClasses();

  @ArchTest
  static final ArchRule integrationTestsRunAgainstTheDeployedWar =
      classes().that().haveSimpleNameEndingWith("IT").and().resideInAPackage("org.inkwell.cms.web..")
          .should().beAnnotatedWith(org.junit.jupiter.api.extension.ExtendWith.class);
}
