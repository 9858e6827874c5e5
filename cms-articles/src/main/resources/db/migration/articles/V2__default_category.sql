-- Every article needs a primary category; like WordPress, there is one to fall back on.
insert into cms_category (slug, name, description, parent_id, version)
values ('uncategorized', 'Uncategorized', null, null, 0);
