-- The addresses an imported item had on its WordPress site (its permalink path, /?p=ID, date and
-- archive paths, category and tag archives), each answered with a 301 to where the item lives now
-- when no live content has that address. Stored decoded, as the servlet sees a request's path.
-- Portable across H2 2.x and PostgreSQL.
create table cms_old_permalink (
    address varchar(500) primary key,
    item_id bigint not null references cms_import_item (id) on delete cascade
);
create index ix_cms_old_permalink_item on cms_old_permalink (item_id);
