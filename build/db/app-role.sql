-- The API's database role: reads and writes the application schema and nothing else (not a superuser, no DDL).
-- Run as the schema owner after every migration (./supervise run does): psql -v schema=supervision -v role=supervision_app
select format('create role %I login', :'role')
 where not exists (select 1 from pg_roles where rolname = :'role') \gexec
alter role :"role" nosuperuser nocreatedb nocreaterole;
revoke create on schema public from public;
grant usage on schema :"schema" to :"role";
grant select, insert, update, delete on all tables in schema :"schema" to :"role";
grant usage, select, update on all sequences in schema :"schema" to :"role";
grant execute on all functions in schema :"schema" to :"role";

-- With jurisdictions as tenants (Supervision__Tenancy=jurisdiction) a jurisdiction needs partitions of its own, which
-- only the owner of the partitioned tables may make. The one door the role gets: this function, run with the owner's
-- rights, which takes a jurisdiction code (or the default tenant) and makes exactly that jurisdiction's partitions of
-- every table partitioned by tenant, its event sequence (granted to the role) and its row in Marten's partition list.
select format($f$
create or replace function %1$I.supervision_add_jurisdiction(code text, suffix text) returns void
language plpgsql security definer set search_path = pg_catalog, pg_temp as $body$
declare parent record;
begin
  if not ((code ~ '^[a-z][a-z0-9-]{0,38}[a-z0-9]$' and suffix = replace(code, '-', '_')) or (code = '*DEFAULT*' and suffix = '__default__')) then
    raise exception 'not a jurisdiction code: %%', code using errcode = '22023';
  end if;
  for parent in
    select c.oid, c.relname from pg_partitioned_table p
      join pg_class c on c.oid = p.partrelid
      join pg_attribute a on a.attrelid = c.oid and a.attnum = p.partattrs[0]
    where c.relnamespace = %2$L::regnamespace and p.partstrat = 'l' and a.attname = 'tenant_id'
  loop
    if not exists (select 1 from pg_inherits i join pg_class ch on ch.oid = i.inhrelid
                   where i.inhparent = parent.oid and ch.relname = parent.relname || '_' || suffix) then
      execute format('create table %%I.%%I partition of %%I.%%I for values in (%%L)', %2$L, parent.relname || '_' || suffix, %2$L, parent.relname, code);
      execute format('grant select, insert, update, delete on %%I.%%I to %%I', %2$L, parent.relname || '_' || suffix, %3$L);
    end if;
  end loop;
  execute format('create sequence if not exists %%I.%%I as bigint', %2$L, 'mt_events_sequence_' || suffix);
  execute format('grant usage, select, update on sequence %%I.%%I to %%I', %2$L, 'mt_events_sequence_' || suffix, %3$L);
  insert into %1$I.mt_tenant_partitions (partition_value, partition_suffix) values (code, suffix) on conflict do nothing;
end
$body$
$f$, :'schema', :'schema', :'role') \gexec
revoke all on function :"schema".supervision_add_jurisdiction(text, text) from public;
grant execute on function :"schema".supervision_add_jurisdiction(text, text) to :"role";
