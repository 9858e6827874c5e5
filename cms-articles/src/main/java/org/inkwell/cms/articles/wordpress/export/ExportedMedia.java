package org.inkwell.cms.articles.wordpress.export;

import java.time.Instant;

/**
 * An image of the media library, as an attachment that importers download from its address.
 *
 * @param url of the original, root-relative ({@code /media/uploads/2026/05/run-k3x9a2.jpg}) or absolute
 * @param altText {@code null} when there is none, and so is {@code caption}
 */
public record ExportedMedia(
    long id, String fileName, String url, String altText, String caption, Instant uploadedAt, String uploaderLogin) {}
