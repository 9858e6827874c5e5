package org.inkwell.cms.web;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR exactly as the build produced it. */
final class Deployments {

  private Deployments() {}

  static WebArchive builtWar() {
    File war = new File(System.getProperty("cms.war", "target/ROOT.war"));
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
  }
}
