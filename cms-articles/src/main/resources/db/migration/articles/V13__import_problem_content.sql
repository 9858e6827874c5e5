-- What an import problem is about, when it is an article or page that came in: the admin's
-- report leads to its editor. No foreign key: the content may be deleted later, the report stays.
alter table cms_import_problem add column content_id bigint;
alter table cms_import_problem add column content_page boolean;
