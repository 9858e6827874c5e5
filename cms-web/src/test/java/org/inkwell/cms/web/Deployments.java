package org.inkwell.cms.web;

import java.io.File;
import java.util.List;
import org.jboss.shrinkwrap.api.ArchivePath;
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

  /** The built WAR with the Recommended Posts plugin's JAR taken out, as an admin may do. */
  static WebArchive builtWarWithoutRecommendedPosts() {
    WebArchive war = builtWar();
    List<ArchivePath> plugin = war.getContent(path -> path.get().startsWith("/WEB-INF/lib/cms-related-posts-"))
        .keySet().stream().toList();
    if (plugin.isEmpty()) {
      throw new IllegalStateException("the built WAR has no Recommended Posts JAR to take out");
    }
    plugin.forEach(war::delete);
    return war;
  }
}
