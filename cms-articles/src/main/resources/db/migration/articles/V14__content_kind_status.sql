-- Pages are found by kind and status (the menus and the page tree read the published ones after
-- every publish). Without this index H2 takes the status index and reads every published article
-- to find the few pages: a cost per write that grows with the site. Portable across H2 2.x and
-- PostgreSQL.
create index ix_cms_article_kind_status on cms_article (kind, status);
