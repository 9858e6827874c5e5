package org.inkwell.cms.articles.internal;

import java.util.Optional;
import org.inkwell.cms.articles.MediaFiles;
import org.inkwell.cms.articles.wordpress.wxr.Attachments;

/** A site's attachments that an import brought into the media library, by their WordPress ids. */
final class ImportedAttachments implements Attachments {

  private final ImportJobRepository jobs;
  private final MediaRepository media;
  private final String source;

  ImportedAttachments(ImportJobRepository jobs, MediaRepository media, String source) {
    this.jobs = jobs;
    this.media = media;
    this.source = source;
  }

  @Override
  public Optional<Image> image(String attachmentId) {
    return jobs.findItem(source, ImportedKind.MEDIA, attachmentId)
        .flatMap(item -> media.find(item.getLocalId()))
        .filter(m -> m.getMediaType().startsWith("image/"))
        .map(m -> new Image(
            MediaFiles.URL_PREFIX + m.getFolder() + "/" + m.getFileName(),
            m.getAltText() == null ? "" : m.getAltText(),
            m.getWidth(),
            m.getHeight()));
  }
}
