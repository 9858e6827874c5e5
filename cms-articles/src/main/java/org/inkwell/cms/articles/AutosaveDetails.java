package org.inkwell.cms.articles;

import java.time.Instant;

/**
 * Editor changes kept without saving the article or page, as WordPress autosaves them: one per
 * user and content, and one per user and kind for content not saved yet. The content itself is
 * unchanged; an autosave older than its {@code updatedAt} was overtaken by someone else's save.
 *
 * @param contentId the article's or page's id; {@code null} for content never saved
 * @param body sanitised like an article body
 * @param excerpt plain text, like an editor's own excerpt; empty for pages, which have none
 */
public record AutosaveDetails(
    Long contentId, String title, String body, String excerpt, Instant savedAt) {}
