-- Pages are autosaved like articles. An autosave of saved content is told apart by its content id;
-- the one of content not saved yet (content_id null) by its kind, so that a new page's unsaved text
-- is not offered in a new article. Portable across H2 2.x and PostgreSQL.
alter table cms_article_autosave add column kind varchar(10) default 'ARTICLE' not null;
