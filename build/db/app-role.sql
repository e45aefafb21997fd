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
