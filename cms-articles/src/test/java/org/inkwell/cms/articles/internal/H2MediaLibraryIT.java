package org.inkwell.cms.articles.internal;

/** The media library on the default embedded database, an H2 file. */
class H2MediaLibraryIT extends MediaLibraryContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
