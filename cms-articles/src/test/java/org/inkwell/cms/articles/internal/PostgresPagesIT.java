package org.inkwell.cms.articles.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The page service on PostgreSQL, the production database (a fresh schema per run). */
class PostgresPagesIT extends PagesContract {

  @Override
  TestDatabase database() throws Exception {
    assumeTrue(
        TestDatabase.postgresAnswers(),
        "no PostgreSQL at " + TestDatabase.PG_URL + ": PostgreSQL persistence tests skipped");
    return TestDatabase.postgres();
  }
}
