package org.inkwell.cms.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import org.inkwell.cms.web.check.BrowserExtension;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.Extension;

/**
 * The WAR assembles modules through their APIs only; tests are named for their tier: plain
 * {@code *Test} run by Surefire, {@code *IT} against the deployed WAR by Failsafe (Arquillian
 * deploying the WAR the build produced; the page checkers' own tests only need a browser).
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

  /** Through Arquillian, or as its own server process where a test must kill and restart it. */
  @ArchTest
  static final ArchRule integrationTestsRunAgainstTheDeployedWar =
      classes().that().haveSimpleNameEndingWith("IT").and().resideInAPackage("org.inkwell.cms.web..")
          .and().resideOutsideOfPackage("org.inkwell.cms.web.check..")
          .should(beExtendedWith(ArquillianExtension.class).and(deployTheBuiltWar()))
          .orShould(beExtendedWith(SiteProcesses.class));

  /** The page checkers' own tests need a browser, not the WAR. */
  @ArchTest
  static final ArchRule checkerTestsRunInABrowser =
      classes().that().haveSimpleNameEndingWith("IT").and().resideInAPackage("org.inkwell.cms.web.check..")
          .should(beExtendedWith(BrowserExtension.class));

  private static ArchCondition<JavaClass> beExtendedWith(Class<? extends Extension> extension) {
    return new ArchCondition<>("be extended with " + extension.getSimpleName()) {
      @Override
      public void check(JavaClass test, ConditionEvents events) {
        boolean extended = test.tryGetAnnotationOfType(ExtendWith.class)
            .map(e -> Arrays.asList(e.value()).contains(extension))
            .orElse(false);
        events.add(new SimpleConditionEvent(test, extended,
            test.getName() + (extended ? " is" : " is not") + " extended with " + extension.getSimpleName()));
      }
    };
  }

  /** A static {@code @Deployment} method that returns the build's WAR through {@link Deployments}. */
  private static ArchCondition<JavaClass> deployTheBuiltWar() {
    return new ArchCondition<>("deploy the built WAR from a static @Deployment method") {
      @Override
      public void check(JavaClass test, ConditionEvents events) {
        boolean deploys = test.getMethods().stream()
            .filter(m -> m.isAnnotatedWith(Deployment.class) && m.getModifiers().contains(JavaModifier.STATIC))
            .anyMatch(m -> m.getMethodCallsFromSelf().stream()
                .anyMatch(call -> call.getTargetOwner().isEquivalentTo(Deployments.class)));
        events.add(new SimpleConditionEvent(test, deploys,
            test.getName() + (deploys ? " deploys" : " does not deploy") + " the built WAR through Deployments"));
      }
    };
  }
}
