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
import java.util.Objects;
import java.util.Optional;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.MediaDetails;
import org.inkwell.cms.articles.wordpress.media.AttachmentUrl;
import org.inkwell.cms.articles.wordpress.wxr.Fingerprints;
import org.inkwell.cms.articles.wordpress.wxr.WxrItem;

/**
 * The importer's writes of attachments: each stored through the media library (which checks the
 * content, measures it and makes its variants) with its alt text and caption, and mapped from its
 * WordPress id so that a second run finds it instead of downloading it again. Each call is one
 * transaction and counts one entry of the file as read.
 */
@ApplicationScoped
@Transactional
public class ImportedMedia {

  @Inject ImportJobRepository jobs;
  @Inject MediaRepository media;
  @Inject UserRepository users;
  @Inject DefaultMediaService library;

  /** What an earlier run made of an attachment. */
  public sealed interface Earlier permits Unknown, Gone, Found {}

  /** Never imported: download it. */
  public record Unknown() implements Earlier {}

  /** Imported once and deleted here since: left out. */
  public record Gone() implements Earlier {}

  /** Imported once and still in the library. */
  public record Found(MediaDetails media) implements Earlier {}

  /**
   * Looks the attachment up among earlier imports. One still in the library is counted as skipped,
   * or, when its texts changed in WordPress and not here, updated; one deleted here is reported.
   * Either counts as read; a new one does not, until {@link #store} or {@link #failed}.
   */
  public Earlier earlier(long jobId, String source, WxrItem attachment) {
    Optional<ImportedItem> mapped = jobs.findItem(source, ImportedKind.MEDIA, attachment.id());
    if (mapped.isEmpty()) {
      return new Unknown();
    }
    ImportJob job = jobs.find(jobId).orElseThrow();
    job.advance(1, now());
    ImportedItem item = mapped.get();
    Optional<Media> image = media.find(item.getLocalId());
    if (image.isEmpty()) {
      ImportProblems.record(jobs, job, attachment.label(), "deleted here since the last import: left out");
      job.getSkipped().add(ImportedKind.MEDIA);
      return new Gone();
    }
    String fingerprint = Fingerprints.of(attachment);
    if (item.getFingerprint().equals(fingerprint)) {
      job.getSkipped().add(ImportedKind.MEDIA);
    } else if (!Objects.equals(item.getLocalVersion(), image.get().getVersion())) {
      ImportProblems.record(jobs, job, attachment.label(), "changed both here and in WordPress since the last import: left as it is here");
      job.getSkipped().add(ImportedKind.MEDIA);
    } else {
      describe(image.get(), attachment);
      media.flush();
      item.imported(fingerprint, image.get().getVersion());
      job.getUpdated().add(ImportedKind.MEDIA);
    }
    return new Found(DefaultMediaService.details(image.get()));
  }

  /**
   * Stores a downloaded attachment in the media library as the user who started the import.
   *
   * @throws org.inkwell.cms.core.InvalidInputException when the file is not an image the library
   *     accepts (nothing is then written)
   */
  public MediaDetails store(long jobId, String source, WxrItem attachment, Path file) {
    ImportJob job = jobs.find(jobId).orElseThrow();
    User starter = users.find(job.getStartedBy()).orElseThrow();
    MediaDetails uploaded;
    try (InputStream in = Files.newInputStream(file)) {
      uploaded = library.upload(
          AttachmentUrl.fileName(attachment.attachmentUrl()),
          in,
          new Actor(starter.getId(), starter.getLogin(), starter.getRole()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Media image = media.find(uploaded.id()).orElseThrow();
    describe(image, attachment);
    media.flush();
    ImportedItem item = new ImportedItem(source, ImportedKind.MEDIA, attachment.id(), image.getId());
    item.imported(Fingerprints.of(attachment), image.getVersion());
    jobs.save(item);
    job.getCreated().add(ImportedKind.MEDIA);
    job.advance(1, now());
    return DefaultMediaService.details(image);
  }

  /** An attachment that did not come over: reported, counted as skipped and as read. */
  public void failed(long jobId, WxrItem attachment, String reason) {
    ImportJob job = jobs.find(jobId).orElseThrow();
    ImportProblems.record(jobs, job, attachment.label(), reason);
    job.getSkipped().add(ImportedKind.MEDIA);
    job.advance(1, now());
  }

  /** The alt text and caption WordPress had; the caption is the attachment's excerpt there. */
  private static void describe(Media image, WxrItem attachment) {
    image.setAltText(blankToNull(cut(HtmlSanitizer.plainText(attachment.imageAlt()), DefaultMediaService.MAX_ALT_TEXT)));
    image.setCaption(blankToNull(cut(HtmlSanitizer.plainText(attachment.excerpt()), DefaultMediaService.MAX_CAPTION)));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String cut(String s, int max) {
    return s != null && s.length() > max ? s.substring(0, max) : s;
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }
}
