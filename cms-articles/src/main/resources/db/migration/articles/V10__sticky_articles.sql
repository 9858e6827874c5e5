-- Sticky articles come first on the home page, as WordPress shows its sticky posts. Portable across
-- H2 2.x and PostgreSQL.
alter table cms_article add column sticky boolean default false not null;
create index ix_cms_article_sticky on cms_article (sticky, status);
