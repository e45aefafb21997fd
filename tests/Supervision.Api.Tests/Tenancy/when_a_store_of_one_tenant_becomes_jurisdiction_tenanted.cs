using JasperFx;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Supervision.Api.Operations;
using Supervision.Api.Tests.Support;
using Supervision.Domain.People;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Tenancy;

/// <summary>
/// A store the previous release wrote with one tenant is started with jurisdictions as tenants: it moves to them on start,
/// once, and nothing anyone reads changes, except that a city no longer reaches another city's data.
/// </summary>
[Collection(TenantCollection.Name)]
public sealed class when_a_store_of_one_tenant_becomes_jurisdiction_tenanted(StoreOfOneTenant store) : IClassFixture<StoreOfOneTenant>
{
    private const string Schema = StoreOfOneTenant.Schema;

    [Fact]
    public void every_stream_keeps_its_version_and_every_event_its_sequence_timestamp_and_metadata()
    {
        store.Before.Streams.ShouldNotBeEmpty();
        Changed(store.Before.Streams, store.After.Streams).ShouldBeEmpty();
        Changed(store.Before.Events, store.After.Events).ShouldBeEmpty();
    }

    [Fact]
    public void every_view_is_the_same_document_and_the_same_answer_as_before()
    {
        store.Before.Documents.Keys.ShouldContain(k => k.StartsWith("mt_doc_currentunitscore/", StringComparison.Ordinal));
        Changed(store.Before.Documents, store.After.Documents).ShouldBe([$"{StoreOfOneTenant.Mark}:  -> {store.After.Documents[StoreOfOneTenant.Mark]}"]);
        store.AnswersAfter.Keys.ShouldBe(store.AnswersBefore.Keys);
        foreach (var (url, answer) in store.AnswersBefore) store.AnswersAfter[url].ShouldBe(answer, url);
    }

    [Fact]
    public async Task each_citys_data_is_under_its_own_tenant_and_the_shared_directory_under_none()
    {
        var streams = await StoreRows.Tenants(Schema, "mt_streams");
        streams[store.Task.ToString()].ShouldBe(Jurisdiction);
        streams[Person.StreamOf(Office.UserId).ToString()].ShouldBe(StorageConstants.DefaultTenantId);
        (await StoreRows.Tenants(Schema, "mt_events", "distinct stream_id")).ShouldContainKeyAndValue(store.Task.ToString(), Jurisdiction);
        (await StoreRows.Tenants(Schema, "mt_doc_supervisedtask"))[store.Task.ToString()].ShouldBe(Jurisdiction);
        (await StoreRows.Tenants(Schema, "mt_doc_finding"))[store.Finding.ToString()].ShouldBe(Jurisdiction);
        (await StoreRows.Tenants(Schema, "mt_doc_inspectioncommand"))[store.Inspection.ToString()].ShouldBe(Jurisdiction);
        (await StoreRows.Tenants(Schema, "mt_doc_reportrecord")).Values.ShouldAllBe(t => t == Jurisdiction);
        (await StoreRows.Tenants(Schema, "mt_doc_supervisedtask")).Values.ShouldNotContain(StorageConstants.DefaultTenantId);
    }

    [Fact]
    public async Task a_citys_office_sees_its_own_tasks_and_not_another_citys()
    {
        var zhuji = (await store.As(Office).GetAll("/api/ledger")).Select(t => t.GetProperty("id").GetGuid()).ToList();
        var yiwu = (await store.As(YiwuOffice).GetAll("/api/ledger")).Select(t => t.GetProperty("id").GetGuid()).ToList();

        zhuji.ShouldContain(store.Task);
        yiwu.ShouldNotBeEmpty();
        yiwu.ShouldNotContain(store.Task);
        zhuji.Intersect(yiwu).ShouldBeEmpty();
        await store.As(YiwuOffice).Get($"/api/tasks/{store.Task}", 404);
        await store.As(YiwuOffice).Get($"/api/findings/{store.Finding}", 404);
    }

    [Fact]
    public async Task a_new_report_appends_after_the_version_the_task_had()
    {
        var version = (await store.As(Office).Get($"/api/tasks/{store.Task}")).GetProperty("version").GetInt64();

        await store.As(Department(WaterBureau)).Post($"/api/tasks/{store.Task}/reports", TaskStories.Report("2022-07", 50));

        (await store.As(Office).Get($"/api/tasks/{store.Task}")).GetProperty("version").GetInt64().ShouldBe(version + 1);
        (await store.As(Office).GetAll($"/api/tasks/{store.Task}/history")).Count.ShouldBe((int)version + 1);
        (await StoreRows.Tenants(Schema, "mt_streams"))[store.Task.ToString()].ShouldBe(Jurisdiction);
    }

    [Fact]
    public async Task started_again_with_one_tenant_it_refuses_says_which_setting_to_drop_and_changes_nothing()
    {
        var before = await StoreRows.Read(Schema);

        var refused = await Should.ThrowAsync<Exception>(() => TenantHost.Start(Schema, tenanted: false));

        var reason = refused as InvalidOperationException ?? refused.InnerException as InvalidOperationException;
        reason.ShouldNotBeNull(refused.ToString());
        reason.Message.ShouldContain("Supervision__Tenancy=single");
        reason.Message.ShouldContain("partitioned by jurisdiction");
        var after = await StoreRows.Read(Schema);
        Changed(before.Streams, after.Streams).ShouldBeEmpty();
        Changed(before.Events, after.Events).ShouldBeEmpty();
        (await StoreRows.Tenants(Schema, "mt_streams"))[store.Task.ToString()].ShouldBe(Jurisdiction);
    }

    private static List<string> Changed(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        [.. before.Keys.Union(after.Keys).Where(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k))
            .Select(k => $"{k}: {before.GetValueOrDefault(k)} -> {after.GetValueOrDefault(k)}")];

    [Fact]
    public async Task the_move_runs_once()
    {
        var documents = store.Host.Services.GetRequiredService<IDocumentStore>();

        var tenancy = store.Host.Services.GetRequiredService<Infrastructure.Tenancy.Mode>();

        (await TenancyMigration.Run(documents, tenancy, NullLogger.Instance, CancellationToken.None)).ShouldBeNull();
    }
}
