package org.inkwell.cms.web.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.inkwell.cms.core.AccessDeniedException;
import org.inkwell.cms.core.NotAuthenticatedException;
import org.inkwell.cms.core.spi.SharedDatabase;
import org.inkwell.cms.web.admin.SignedInUser;

/**
 * {@code GET /api/backup}: a ZIP of what a new data directory needs, taken while the site runs
 * (administrators only). Unzipped into an empty {@code CMS_DATA_DIR} it is a working site: {@code
 * db/} holds an online copy of the embedded H2 database (H2's {@code BACKUP TO}, consistent at one
 * commit), {@code media/} the uploaded images. The search indexes are left out: they are rebuilt
 * from the database at start-up. With {@code CMS_DB_URL} the ZIP holds the media only and the
 * database is backed up with its own tools (pg_dump).
 */
@jakarta.ws.rs.Path("backup")
@RequestScoped
public class BackupResource {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  @Inject SignedInUser caller;

  @Resource(lookup = SharedDatabase.JNDI_NAME)
  DataSource database;

  @Inject
  @ConfigProperty(name = "cms.data.dir", defaultValue = "./cms-data")
  String dataDir;

  @GET
  @Produces("application/zip")
  public Response download() throws IOException, SQLException {
    if (caller.actor().isAnonymous()) {
      throw new NotAuthenticatedException();
    }
    if (!caller.isAdmin()) {
      throw new AccessDeniedException("Only administrators can download a backup.");
    }
    Path data = Path.of(dataDir).toAbsolutePath().normalize();
    // Taken before the response starts, so that a failure is an error reply, not a cut-off ZIP.
    Path databaseCopy = embeddedDatabaseCopy(data);
    StreamingOutput zip = out -> {
      try {
        write(out, databaseCopy, data.resolve("media"));
      } finally {
        if (databaseCopy != null) {
          Files.deleteIfExists(databaseCopy);
          Files.deleteIfExists(databaseCopy.getParent());
        }
      }
    };
    String name = "cms-backup-" + LocalDateTime.now(ZoneOffset.UTC).format(STAMP) + ".zip";
    return Response.ok(zip)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  /** H2's own online backup into a temporary ZIP under the data directory; null for other databases. */
  private Path embeddedDatabaseCopy(Path data) throws IOException, SQLException {
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      if (!connection.getMetaData().getURL().startsWith("jdbc:h2:")) {
        return null;
      }
      Path directory = Files.createTempDirectory(data, ".backup-");
      Path copy = directory.resolve("db.zip");
      try {
        statement.execute("BACKUP TO '" + copy.toString().replace("'", "''") + "'");
      } catch (SQLException e) {
        Files.deleteIfExists(copy);
        Files.delete(directory);
        throw e;
      }
      return copy;
    }
  }

  private static void write(OutputStream out, Path databaseCopy, Path media) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      if (databaseCopy != null) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(databaseCopy))) {
          for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
            zip.putNextEntry(new ZipEntry("db/" + entry.getName()));
            in.transferTo(zip);
            zip.closeEntry();
          }
        }
      }
      for (Path file : mediaFiles(media)) {
        try (InputStream in = Files.newInputStream(file)) {
          zip.putNextEntry(new ZipEntry("media/" + media.relativize(file).toString().replace('\\', '/')));
          in.transferTo(zip);
          zip.closeEntry();
        } catch (NoSuchFileException deletedMeanwhile) {
          // Its deletion committed after the database copy; the copy may still name it.
        }
      }
    }
  }

  /** Stored images; uploads still in progress ({@code .staging/}) are not part of the library. */
  private static List<Path> mediaFiles(Path media) throws IOException {
    if (!Files.isDirectory(media)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(media)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> !media.relativize(f).startsWith(".staging"))
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
