-- The one row every transaction that appends to the change journal locks (select ... for update)
-- just before it takes its journal ids, at commit time: ids then become visible in the order they
-- were taken, so a node that has read id n will never see a smaller one appear later.
create table cms_change_order (
    id integer primary key
);
insert into cms_change_order (id) values (1);
