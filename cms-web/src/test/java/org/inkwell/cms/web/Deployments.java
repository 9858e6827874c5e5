package org.inkwell.cms.web;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR exactly as the build produced it, except that each test class gets a data directory of
 * its own, empty when the class starts: {@code target/it-data/<TestClass>} (H2 database, indexes,
 * uploads). Classes then never see each other's content, and a class sees the same store across
 * its own redeployments (a restart test).
 */
final class Deployments {

  private static final String CONFIG = "/WEB-INF/classes/META-INF/microprofile-config.properties";
  private static final StackWalker CALLER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  private Deployments() {}

  /** The built WAR for the test class that calls this from its {@code @Deployment} method. */
  static WebArchive builtWar() {
    return builtWar(CALLER.getCallerClass());
  }

  /** The built WAR with the Recommended Posts plugin's JAR taken out, as an admin may do. */
  static WebArchive builtWarWithoutRecommendedPosts() {
    WebArchive war = builtWar(CALLER.getCallerClass());
    List<ArchivePath> plugin = war.getContent(path -> path.get().startsWith("/WEB-INF/lib/cms-related-posts-"))
        .keySet().stream().toList();
    if (plugin.isEmpty()) {
      throw new IllegalStateException("the built WAR has no Recommended Posts JAR to take out");
    }
    plugin.forEach(war::delete);
    return war;
  }

  private static WebArchive builtWar(Class<?> testClass) {
    File built = new File(System.getProperty("cms.war", "target/ROOT.war"));
    WebArchive war = ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(built).as(WebArchive.class);
    // The WAR's own defaults rank below environment variables, so the build passes no CMS_DATA_DIR.
    String config = read(war) + "\ncms.data.dir=" + freshDataDir(testClass) + "\n";
    war.delete(CONFIG);
    war.add(new StringAsset(config), CONFIG);
    return war;
  }

  private static String read(WebArchive war) {
    try (InputStream in = war.get(CONFIG).getAsset().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).lines()
          .filter(line -> !line.startsWith("cms.data.dir="))
          .collect(Collectors.joining("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The data directory the test class's WAR runs on. */
  static Path dataDir(Class<?> testClass) {
    return Path.of(System.getProperty("cms.it.data", "target/it-data")).toAbsolutePath()
        .resolve(testClass.getSimpleName());
  }

  private static Path freshDataDir(Class<?> testClass) {
    Path dir = dataDir(testClass);
    try {
      if (Files.exists(dir)) {
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(file);
          }
        }
      }
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
