package org.inkwell.cms.articles.internal;

/** The kinds of things an import counts, and maps from their WordPress ids. */
enum ImportedKind {
  POST,
  PAGE,
  CATEGORY,
  TAG,
  AUTHOR,
  MEDIA
}
