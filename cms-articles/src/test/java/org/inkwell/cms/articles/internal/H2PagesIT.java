package org.inkwell.cms.articles.internal;

/** The page service on the default embedded database, an H2 file. */
class H2PagesIT extends PagesContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
