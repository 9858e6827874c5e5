package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.inkwell.cms.articles.wordpress.ImportService;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.PayloadTooLargeException;

/**
 * The export files under {@code ${cms.data.dir}/imports/}: each is streamed there as it arrives,
 * up to {@code cms.import.max.bytes}. A file whose import runs is {@code upload-*}, and its job
 * deletes it. One the admin has not started yet is {@code pending-<id>}, held for the admin who
 * sent it; {@link #sweep} deletes those older than {@link ImportService#UNSTARTED_KEPT_MINUTES}
 * (by their time on disk, so that what a stopped server held is found again).
 */
@ApplicationScoped
public class ImportUploads {

  private static final Logger LOG = Logger.getLogger(ImportUploads.class.getName());
  private static final String PENDING = "pending-";
  private static final String STARTED = "upload-";
  private static final String SUFFIX = ".wxr.xml";
  private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Duration KEPT = Duration.ofMinutes(ImportService.UNSTARTED_KEPT_MINUTES);

  @Inject
  @ConfigProperty(name = "cms.data.dir", defaultValue = "./cms-data")
  String dataDir;

  @Inject
  @ConfigProperty(name = "cms.import.max.bytes", defaultValue = "1073741824")
  long maxBytes;

  /** Who sent each pending upload: only they start or discard it. */
  private final Map<String, Long> holders = new ConcurrentHashMap<>();

  long maxBytes() {
    return maxBytes;
  }

  /** Stores a file whose import starts now. */
  Path receive(InputStream wxr) {
    return store(wxr, STARTED + UUID.randomUUID() + SUFFIX);
  }

  /** Stores a file to be started later by the user; returns its id. */
  String hold(InputStream wxr, long userId) {
    String id = UUID.randomUUID().toString();
    store(wxr, PENDING + id + SUFFIX);
    holders.put(id, userId);
    return id;
  }

  /** A held file, to read it before it is started. */
  Optional<Path> held(String id, long userId) {
    return isHolder(id, userId) ? Optional.of(pending(id)).filter(Files::isRegularFile) : Optional.empty();
  }

  /**
   * Takes a held file for its import: it becomes an {@code upload-*} file, which no sweep deletes.
   * Empty when the user holds no such upload (any more).
   */
  Optional<Path> claim(String id, long userId) {
    if (!isHolder(id, userId) || holders.remove(id) == null) {
      return Optional.empty();
    }
    Path started = dir().resolve(STARTED + id + SUFFIX);
    try {
      Files.move(pending(id), started, StandardCopyOption.ATOMIC_MOVE);
      return Optional.of(started);
    } catch (IOException gone) {
      return Optional.empty();
    }
  }

  void discard(String id, long userId) {
    if (isHolder(id, userId) && holders.remove(id) != null) {
      delete(pending(id));
    }
  }

  /** Deletes the held files that were not started in time. */
  void sweep() {
    Path dir = Path.of(dataDir, "imports");
    if (!Files.isDirectory(dir)) {
      return;
    }
    Instant before = Instant.now().minus(KEPT);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PENDING + "*" + SUFFIX)) {
      for (Path file : files) {
        if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
          String name = file.getFileName().toString();
          holders.remove(name.substring(PENDING.length(), name.length() - SUFFIX.length()));
          delete(file);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      LOG.warning("Could not look for unstarted import uploads in " + dir + ": " + e);
    }
  }

  static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warning("Could not delete the import upload " + file + ": " + e);
    }
  }

  private boolean isHolder(String id, long userId) {
    return id != null && ID.matcher(id).matches() && Long.valueOf(userId).equals(holders.get(id));
  }

  private Path pending(String id) {
    return dir().resolve(PENDING + id + SUFFIX);
  }

  private Path dir() {
    try {
      return Files.createDirectories(Path.of(dataDir, "imports"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store the upload under " + dataDir, e);
    }
  }

  /** The upload on disk, up to the limit; the request's own size limit may stop it first. */
  private Path store(InputStream wxr, String name) {
    Path file = dir().resolve(name);
    try (InputStream in = wxr;
        OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        if (total > maxBytes) {
          throw new PayloadTooLargeException(maxBytes);
        }
        out.write(buffer, 0, n);
      }
      return file;
    } catch (IOException | RuntimeException e) {
      delete(file);
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new InvalidInputException("body", "the upload broke off before its end");
    }
  }
}
