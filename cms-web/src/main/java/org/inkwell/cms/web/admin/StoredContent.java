package org.inkwell.cms.web.admin;

import java.io.Serializable;
import java.time.Instant;
import org.inkwell.cms.articles.ArticleStatus;

/**
 * An article or page as stored, as the editor needs it: what its form starts from, and what saves,
 * autosaves and edit conflicts are compared with.
 *
 * @param publicPath where readers find it while it is published, e.g. {@code about/our-authors}
 * @param publishAt when a scheduled article goes live; {@code null} for pages
 * @param form its fields, for the editor to change once it shows them
 */
public record StoredContent(
    long id,
    String title,
    String body,
    String excerpt,
    ArticleStatus status,
    long version,
    Instant updatedAt,
    Instant publishAt,
    String authorLogin,
    String publicPath,
    EditorFields form)
    implements Serializable {}
