-- One more copy of the demo's histories, for the scaleRatio figure: every original stream (listed in
-- bench_original_streams) with its events and its task or finding document, under new ids (md5 of the old id and the
-- copy number) and a new jurisdiction code. Run with psql -v k=<copy number>; events take fresh sequence numbers.
\set ON_ERROR_STOP on
begin;
insert into supervision.mt_streams (id, type, version, timestamp, created, tenant_id, compacted_version, is_archived)
select md5(s.id::text || :'k')::uuid, s.type, s.version, s.timestamp, s.created, s.tenant_id, s.compacted_version, s.is_archived
from supervision.mt_streams s join bench_original_streams o on o.id = s.id;

insert into supervision.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type,
                                   correlation_id, causation_id, headers, user_name, is_archived)
select nextval('supervision.mt_events_sequence'), md5(e.id::text || :'k')::uuid, md5(e.stream_id::text || :'k')::uuid, e.version,
       e.data, e.type, e.timestamp, e.tenant_id, e.mt_dotnet_type, e.correlation_id, e.causation_id, e.headers, e.user_name, e.is_archived
from supervision.mt_events e join bench_original_streams o on o.id = e.stream_id
order by e.seq_id;

insert into supervision.mt_doc_supervisedtask (id, data, mt_last_modified, mt_dotnet_type, mt_version, jurisdiction, plan_id)
select md5(t.id::text || :'k')::uuid,
       jsonb_set(jsonb_set(t.data, '{id}', to_jsonb(md5(t.id::text || :'k')::uuid::text)), '{jurisdiction}', to_jsonb(t.jurisdiction || '-c' || :'k')),
       t.mt_last_modified, t.mt_dotnet_type, t.mt_version, t.jurisdiction || '-c' || :'k', t.plan_id || '-c' || :'k'
from supervision.mt_doc_supervisedtask t join bench_original_streams o on o.id = t.id;

insert into supervision.mt_doc_finding (id, data, mt_last_modified, mt_dotnet_type, mt_version, jurisdiction, task_id, unit)
select md5(f.id::text || :'k')::uuid,
       jsonb_set(jsonb_set(f.data, '{id}', to_jsonb(md5(f.id::text || :'k')::uuid::text)), '{jurisdiction}', to_jsonb(f.jurisdiction || '-c' || :'k')),
       f.mt_last_modified, f.mt_dotnet_type, f.mt_version, f.jurisdiction || '-c' || :'k', md5(f.task_id::text || :'k')::uuid, f.unit
from supervision.mt_doc_finding f join bench_original_streams o on o.id = f.id;
commit;
