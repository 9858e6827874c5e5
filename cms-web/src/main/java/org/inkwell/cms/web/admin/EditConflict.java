package org.inkwell.cms.web.admin;

import java.io.Serializable;
import java.time.Instant;
import org.inkwell.cms.articles.ArticleDetails;

/**
 * Someone else saved the article while this editor was writing: their version, when it was saved,
 * and how this editor's text differs from it.
 */
public record EditConflict(ArticleDetails theirs, Instant savedAt, RevisionComparison diff)
    implements Serializable {}
