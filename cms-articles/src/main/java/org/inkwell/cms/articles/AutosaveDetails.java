package org.inkwell.cms.articles;

import java.time.Instant;

/**
 * Editor changes kept without saving the article, as WordPress autosaves them: one per user and
 * article, and one per user for an article not saved yet. The article itself is unchanged; an
 * autosave older than the article's {@code updatedAt} was overtaken by someone else's save.
 *
 * @param articleId {@code null} for an article never saved
 * @param body sanitised like an article body
 * @param excerpt plain text, like an editor's own excerpt
 */
public record ArticleAutosave(
    Long articleId, String title, String body, String excerpt, Instant savedAt) {}
