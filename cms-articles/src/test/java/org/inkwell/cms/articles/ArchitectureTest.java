package org.inkwell.cms.articles;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;

/** Entities and the entity manager stay behind the services; REST sees read models only. */
@AnalyzeClasses(packages = "org.inkwell.cms", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule dependsOnlyOnTheCore =
      noClasses().that().resideInAPackage("org.inkwell.cms.articles..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.inkwell.cms.web..", "org.inkwell.cms.relatedposts..", "org.inkwell.cms.core.internal..");

  @ArchTest
  static final ArchRule entitiesAreInternal =
      classes().that().areAnnotatedWith(Entity.class).should().resideInAPackage("..articles.internal");

  @ArchTest
  static final ArchRule onlyInternalsTouchTheDatabase =
      noClasses().that().resideOutsideOfPackage("..articles.internal")
          .should().dependOnClassesThat().areAssignableTo(EntityManager.class);

  @ArchTest
  static final ArchRule restSeesNoInternals =
      noClasses().that().resideInAPackage("..articles.rest..")
          .should().dependOnClassesThat().resideInAPackage("..articles.internal..");

  @ArchTest
  static final ArchRule resourcesAreNamedSo =
      classes().that().areAnnotatedWith(jakarta.ws.rs.Path.class)
          .should().haveSimpleNameEndingWith("Resource");
}
