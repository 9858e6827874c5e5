package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.ImageSize;
import org.inkwell.cms.articles.MediaDetails;
import org.inkwell.cms.articles.MediaFiles;
import org.inkwell.cms.articles.MediaService;
import org.inkwell.cms.articles.MediaVariant;
import org.inkwell.cms.articles.Person;
import org.inkwell.cms.core.ContentNotFoundException;
import org.inkwell.cms.core.FieldError;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.NotAuthenticatedException;
import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.core.ResultPage;
import org.inkwell.cms.core.StoredText;

/**
 * The media library. An upload is staged, read and resized before its row is written; its files
 * are deleted again if that row is not committed.
 */
@ApplicationScoped
@Transactional
public class DefaultMediaService implements MediaService {

  static final int MAX_ALT_TEXT = 500;
  static final int MAX_CAPTION = 2000;

  @Inject MediaRepository media;
  @Inject UserRepository users;
  @Inject MediaDirectory files;
  @Inject MediaFileCleanup cleanup;

  @Inject
  @ConfigProperty(name = "cms.media.max-bytes", defaultValue = "10485760")
  long maxBytes;

  /** One image decoded at a time, so that simultaneous uploads cannot together exhaust the heap. */
  private final Semaphore decoding = new Semaphore(1);

  /** What is kept of an upload once its pixels are no longer needed. */
  private record Processed(ImageFormat format, int width, int height, List<RenderedVariant> variants) {}

  @Override
  public MediaDetails upload(String originalFileName, InputStream content, Actor actor) {
    Permissions.requireUploader(actor);
    User uploader = users.find(actor.userId()).orElseThrow(NotAuthenticatedException::new);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Path staged = files.stage(content, maxBytes);
    try {
      String baseName = MediaDirectory.baseName(originalFileName);
      Processed image = process(staged, baseName);
      if (image.format() == ImageFormat.JPEG) {
        LocationMetadata.removeFromJpeg(staged);
      }
      long bytes = Files.size(staged);
      String folder = MediaDirectory.folderFor(now);
      String fileName = baseName + "." + image.format().extension();
      cleanup.deleteUnlessCommitted(files.publish(staged, folder, fileName, image.variants()));
      Media stored =
          new Media(folder, fileName, image.format().mediaType(), image.width(), image.height(), bytes, uploader, now);
      image.variants().forEach(
          v -> stored.getVariants().add(new StoredVariant(v.name(), v.width(), v.height(), v.fileName())));
      media.save(stored);
      media.flush();
      return details(stored);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      files.discard(staged); // already moved away once published
    }
  }

  private Processed process(Path staged, String baseName) {
    decoding.acquireUninterruptibly();
    try {
      UploadedImage image = UploadedImage.read(staged);
      return new Processed(image.format(), image.width(), image.height(), VariantRenderer.render(image, baseName));
    } finally {
      decoding.release();
    }
  }

  @Override
  public ResultPage<MediaDetails> list(String text, PageRequest page, Actor actor) {
    Permissions.requireSignedIn(actor);
    PageRequest request = page != null ? page : new PageRequest(1, PageRequest.DEFAULT_PER_PAGE);
    MediaRepository.Page found = media.list(text == null || text.isBlank() ? null : text, request);
    return new ResultPage<>(found.items().stream().map(DefaultMediaService::details).toList(), found.total(), request);
  }

  @Override
  public MediaDetails find(long id, Actor actor) {
    Permissions.requireSignedIn(actor);
    return details(findMedia(id));
  }

  @Override
  public MediaDetails describe(long id, String altText, String caption, Actor actor) {
    Permissions.requireSignedIn(actor);
    Media image = findMedia(id);
    Permissions.requireMediaEditor(actor, image.getUploadedBy().getId());
    checkTexts(altText, caption);
    if (altText != null) {
      image.setAltText(altText.isBlank() ? null : altText.strip());
    }
    if (caption != null) {
      image.setCaption(caption.isBlank() ? null : caption.strip());
    }
    media.flush();
    return details(image);
  }

  @Override
  public void delete(long id, Actor actor) {
    Permissions.requireSignedIn(actor);
    Media image = findMedia(id);
    Permissions.requireMediaEditor(actor, image.getUploadedBy().getId());
    List<String> paths = image.filePaths();
    media.delete(image);
    media.flush();
    cleanup.deleteOnceCommitted(paths);
  }

  @Override
  public Optional<ImageSize> sizeOf(String url) {
    String[] file = folderAndName(url);
    return file == null ? Optional.empty() : media.sizeOf(file[0], file[1]);
  }

  @Override
  public Optional<MediaDetails> imageAt(String url) {
    String[] file = folderAndName(url);
    return file == null ? Optional.empty() : media.findByFile(file[0], file[1]).map(DefaultMediaService::details);
  }

  /** The folder and file name of a media URL, {@code null} for any other. */
  private static String[] folderAndName(String url) {
    if (url == null || !url.startsWith(MediaFiles.URL_PREFIX)) {
      return null;
    }
    String path = url.substring(MediaFiles.URL_PREFIX.length());
    int slash = path.lastIndexOf('/');
    return slash < 0 ? null : new String[] {path.substring(0, slash), path.substring(slash + 1)};
  }

  private Media findMedia(long id) {
    return media.find(id).orElseThrow(() -> new ContentNotFoundException("media", id));
  }

  private static void checkTexts(String altText, String caption) {
    List<FieldError> errors = new ArrayList<>();
    if (altText != null && altText.strip().length() > MAX_ALT_TEXT) {
      errors.add(new FieldError("altText", "must be at most " + MAX_ALT_TEXT + " characters"));
    }
    if (caption != null && caption.strip().length() > MAX_CAPTION) {
      errors.add(new FieldError("caption", "must be at most " + MAX_CAPTION + " characters"));
    }
    StoredText.checkLine(errors, "altText", altText);
    StoredText.checkText(errors, "caption", caption);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  static MediaDetails details(Media m) {
    String folderUrl = MediaFiles.URL_PREFIX + m.getFolder() + "/";
    return new MediaDetails(
        m.getId(),
        m.getFileName(),
        m.getMediaType(),
        m.getWidth(),
        m.getHeight(),
        m.getBytes(),
        m.getAltText(),
        m.getCaption(),
        new Person(m.getUploadedBy().getLogin(), m.getUploadedBy().getDisplayName()),
        m.getUploadedAt(),
        folderUrl + m.getFileName(),
        m.getVariants().stream()
            .map(v -> new MediaVariant(v.getName(), v.getWidth(), v.getHeight(), folderUrl + v.getFileName()))
            .toList());
  }
}
