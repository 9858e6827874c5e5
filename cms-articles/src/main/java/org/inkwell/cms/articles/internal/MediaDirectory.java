package org.inkwell.cms.articles.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.inkwell.cms.articles.MediaFiles;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.PayloadTooLargeException;
import org.inkwell.cms.core.Slug;

/**
 * The media library's files under {@code ${cms.data.dir}/media}: {@code YYYY/MM/} folders by
 * upload month, uploads in progress in {@code .staging/}. A stored file is never changed or
 * replaced, so its URL can be cached forever; files appear by a rename within one file system, so
 * nobody reads half a file.
 */
@ApplicationScoped
public class MediaDirectory implements MediaFiles {

  private static final Logger LOG = Logger.getLogger(MediaDirectory.class.getName());
  /** The only paths {@link #find} answers: names this class gives, so never {@code ..} or a dot file. */
  private static final Pattern STORED_PATH =
      Pattern.compile("[0-9]{4}/[0-9]{2}/[a-z0-9]+(-[a-z0-9]+)*\\.(jpg|png|gif|webp)");
  private static final int MAX_NAME_LENGTH = 60;
  private static final String SUFFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final int SUFFIX_LENGTH = 6;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject
  @ConfigProperty(name = "cms.data.dir", defaultValue = "./cms-data")
  String dataDir;

  private Path root;

  @PostConstruct
  void locate() {
    root = Path.of(dataDir).toAbsolutePath().normalize().resolve("media");
  }

  /** The media directory under this data directory, outside a container. */
  static MediaDirectory under(Path dataDir) {
    MediaDirectory directory = new MediaDirectory();
    directory.dataDir = dataDir.toString();
    directory.locate();
    return directory;
  }

  /**
   * Copies an upload into the staging folder.
   *
   * @throws PayloadTooLargeException as soon as it passes {@code maxBytes}
   * @throws InvalidInputException on field {@code file} when it is empty
   */
  Path stage(InputStream content, long maxBytes) {
    Path staged;
    try {
      staged = Files.createTempFile(Files.createDirectories(root.resolve(".staging")), "upload-", ".tmp");
    } catch (IOException e) {
      throw new UncheckedIOException("Could not stage an upload", e);
    }
    try {
      if (copy(content, staged, maxBytes) == 0) {
        throw new InvalidInputException(UploadedImage.FIELD, "is empty");
      }
      return staged;
    } catch (IOException e) {
      discard(staged);
      throw new UncheckedIOException("Could not stage an upload", e);
    } catch (RuntimeException refused) {
      discard(staged);
      throw refused;
    }
  }

  private static long copy(InputStream content, Path target, long maxBytes) throws IOException {
    long copied = 0;
    byte[] buffer = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(target)) {
      for (int n; (n = content.read(buffer)) >= 0; ) {
        copied += n;
        if (copied > maxBytes) {
          throw new PayloadTooLargeException(maxBytes);
        }
        out.write(buffer, 0, n);
      }
    }
    return copied;
  }

  /**
   * A new, unique base name for an upload's files: its file name as a slug of at most {@value
   * #MAX_NAME_LENGTH} characters, without extension, plus a random suffix ({@code
   * IMG_2041.JPG} gives {@code img-2041-k3x9a2}).
   */
  static String baseName(String originalFileName) {
    String name = originalFileName == null ? "" : originalFileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      name = name.substring(0, dot);
    }
    String slug = name.isBlank() ? "image" : Slug.fromTitle(name).value();
    if (slug.length() > MAX_NAME_LENGTH) {
      int cut = slug.lastIndexOf('-', MAX_NAME_LENGTH);
      slug = slug.substring(0, cut > 0 ? cut : MAX_NAME_LENGTH);
    }
    StringBuilder suffix = new StringBuilder(SUFFIX_LENGTH);
    for (int i = 0; i < SUFFIX_LENGTH; i++) {
      suffix.append(SUFFIX_ALPHABET.charAt(RANDOM.nextInt(SUFFIX_ALPHABET.length())));
    }
    return slug + "-" + suffix;
  }

  /** The folder of uploads made at this time, relative to the media directory: {@code 2026/05}. */
  static String folderFor(Instant uploadedAt) {
    ZonedDateTime utc = uploadedAt.atZone(ZoneOffset.UTC);
    return String.format(Locale.ROOT, "%04d/%02d", utc.getYear(), utc.getMonthValue());
  }

  /**
   * Moves a staged original into its folder and writes the variants beside it; on failure removes
   * what it wrote.
   *
   * @return the paths written, relative to the media directory
   */
  List<String> publish(Path staged, String folder, String fileName, List<RenderedVariant> variants) {
    List<String> written = new ArrayList<>();
    Path temporary = null;
    try {
      Path target = Files.createDirectories(root.resolve(folder));
      // A plain move is a rename here, which never replaces an existing file.
      Files.move(staged, target.resolve(fileName));
      written.add(folder + "/" + fileName);
      Set<String> done = new HashSet<>();
      for (RenderedVariant variant : variants) {
        if (done.add(variant.fileName())) {
          temporary = Files.createTempFile(staged.getParent(), "variant-", ".tmp");
          Files.write(temporary, variant.bytes());
          Files.move(temporary, target.resolve(variant.fileName()));
          written.add(folder + "/" + variant.fileName());
        }
      }
      return written;
    } catch (IOException e) {
      delete(written);
      if (temporary != null) {
        discard(temporary);
      }
      throw new UncheckedIOException("Could not store the files of " + fileName, e);
    }
  }

  /** Deletes stored files (paths relative to the media directory); failures are only logged. */
  void delete(List<String> paths) {
    paths.forEach(path -> discard(root.resolve(path)));
  }

  /** Deletes a staged or stored file if it exists; a failure is only logged. */
  void discard(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not delete " + file + "; it is left behind", e);
    }
  }

  @Override
  public Optional<MediaFile> find(String path) {
    if (path == null || !STORED_PATH.matcher(path).matches()) {
      return Optional.empty();
    }
    Path file = root.resolve(path).normalize();
    if (!file.startsWith(root)) {
      return Optional.empty();
    }
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isRegularFile()) {
        return Optional.empty();
      }
      String extension = path.substring(path.lastIndexOf('.') + 1);
      return Optional.of(
          new MediaFile(
              file,
              ImageFormat.byExtension(extension).orElseThrow().mediaType(),
              attributes.size(),
              attributes.lastModifiedTime().toInstant()));
    } catch (NoSuchFileException gone) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
