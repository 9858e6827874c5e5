-- Pages live in the articles' table, told apart by kind, so that both share revisions, old slugs,
-- autosaves and one namespace of slugs. Pages have no category. Portable across H2 2.x and PostgreSQL.
alter table cms_article add column kind varchar(10) default 'ARTICLE' not null;
alter table cms_article add column parent_id bigint;
alter table cms_article add column menu_order integer default 0 not null;
alter table cms_article add constraint fk_cms_article_parent foreign key (parent_id) references cms_article (id);
alter table cms_article alter column primary_category_id drop not null;
create index ix_cms_article_kind_parent on cms_article (kind, parent_id);
