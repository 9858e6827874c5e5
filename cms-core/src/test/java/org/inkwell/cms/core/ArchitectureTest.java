package org.inkwell.cms.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core is the centre of the star: it knows no other module, and its API hides internals. */
@AnalyzeClasses(packages = "org.inkwell.cms.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule knowsNoOtherModule =
      noClasses().should().dependOnClassesThat().resideInAnyPackage(
          "org.inkwell.cms.articles..", "org.inkwell.cms.web..", "org.inkwell.cms.relatedposts..");

  @ArchTest
  static final ArchRule apiDoesNotExposeInternals =
      noClasses().that().resideOutsideOfPackage("..internal..")
          .should().dependOnClassesThat().resideInAPackage("..internal..");

  @ArchTest
  static final ArchRule eventsArePastTenseRecords =
      classes().that().resideInAPackage("..core.event").and().areTopLevelClasses()
          .and().doNotHaveSimpleName("package-info")
          .should().beRecords();
}
