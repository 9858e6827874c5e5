package org.inkwell.cms.articles.internal;

/** The repositories on the default embedded database, an H2 file. */
class H2RepositoriesIT extends RepositoriesContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
