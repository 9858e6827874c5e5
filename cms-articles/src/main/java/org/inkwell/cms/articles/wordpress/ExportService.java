package org.inkwell.cms.articles.wordpress;

import org.inkwell.cms.articles.Actor;

/**
 * Exports the whole site as a WordPress export file (WXR 1.2), for administrators only: users as
 * authors (never their passwords), categories, tags, menus, every article and page but those in
 * the trash (drafts too: an export is a backup and a move), their old slugs and featured images,
 * and the media library's images as attachments. WordPress's own importer takes the file, and so
 * does {@link ImportService}, which brings back what it holds.
 */
public interface ExportService {

  /**
   * Checks that the caller may export and names the file; it is written when the caller asks, as
   * its reader takes it (see {@link SiteExport#writeTo}).
   *
   * @param readersAddress {@code scheme://host[:port]} the request came to: the file's addresses
   *     start with the site's address ({@link org.inkwell.cms.articles.SiteAddress}), else with it
   * @throws org.inkwell.cms.core.NotAuthenticatedException for an anonymous caller
   * @throws org.inkwell.cms.core.AccessDeniedException for anyone but an administrator
   */
  SiteExport export(String readersAddress, Actor actor);
}
