package org.inkwell.cms.articles.internal;

import jakarta.persistence.Embeddable;
import org.inkwell.cms.articles.wordpress.ImportCounts;

/** How many items of each kind an import created, updated or skipped. */
@Embeddable
public class ImportTally {

  private int posts;
  private int pages;
  private int categories;
  private int tags;
  private int authors;
  private int media;

  void add(ImportedKind kind) {
    switch (kind) {
      case POST -> posts++;
      case PAGE -> pages++;
      case CATEGORY -> categories++;
      case TAG -> tags++;
      case AUTHOR -> authors++;
      case MEDIA -> media++;
    }
  }

  ImportCounts counts() {
    return new ImportCounts(posts, pages, categories, tags, authors, media);
  }
}
