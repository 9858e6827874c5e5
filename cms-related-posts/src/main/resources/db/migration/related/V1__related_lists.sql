-- A generation is one complete set of lists computed with one set of settings. Readers use the
-- live one; a rebuild fills a new one beside it and it replaces the live one in one step.
create table related_generation (
  generation  integer primary key,
  state       varchar(16) not null,
  settings    varchar(8000) not null,
  algorithm   integer not null,
  cursor_id   bigint not null,
  started_at  timestamp with time zone not null
);

-- One row per article whose list is computed (a list may have no picks).
create table related_list (
  generation  integer not null,
  article_id  bigint not null,
  computed_at timestamp with time zone not null,
  primary key (generation, article_id)
);

create table related_pick (
  generation      integer not null,
  article_id      bigint not null,
  position        integer not null,
  candidate_id    bigint not null,
  kind            varchar(16) not null,
  score           double precision not null,
  relation        varchar(16) not null,
  category        varchar(200),
  shared_tags     varchar(4000) not null,
  text_similarity double precision not null,
  primary key (generation, article_id, position)
);
create index related_pick_candidate on related_pick (candidate_id);

-- Editors' pins (in order) and exclusions, per article.
create table related_curation (
  article_id bigint not null,
  kind       varchar(8) not null,
  position   integer not null,
  other_id   bigint not null,
  primary key (article_id, kind, other_id)
);
create index related_curation_other on related_curation (other_id);
