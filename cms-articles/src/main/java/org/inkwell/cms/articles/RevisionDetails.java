package org.inkwell.cms.articles;

import java.time.Instant;

/** Content an article had before a later save, credited to whoever saved it. */
public record RevisionDetails(
    int number, String title, String body, String excerpt, Person savedBy, Instant savedAt) {}
