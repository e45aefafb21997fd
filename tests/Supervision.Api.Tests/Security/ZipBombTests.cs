using System.Diagnostics;
using Supervision.Api.Tests.Support;
using Supervision.Api.Uploads;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Security;

[Collection(ApiCollection.Name)]
public class when_a_zip_based_upload_unfolds_too_far(AppFixture app)
{
    // The example: a document of about 77 KB that inflates to 50 MB of XML.
    private static readonly Lazy<byte[]> WordBomb = new(() => HostileFiles.DocxBomb(50 * 1000 * 1000));
    private static readonly Lazy<byte[]> ExcelBomb = new(() => HostileFiles.XlsxBomb(50 * 1000 * 1000));

    private async Task<int> RefusedNamingTheFile(Func<Task<Alba.IScenarioResult>> send)
    {
        var (status, problem) = await app.RefusedWithoutATrace(send);
        problem.ErrorsFor("file").ShouldNotBeEmpty();
        return status;
    }

    private Task<Alba.IScenarioResult> Import(byte[] docx) =>
        app.As(Office).Upload($"/api/plans/import{UploadRequests.TableQuery}", docx, "任务表.docx");

    private Task<Alba.IScenarioResult> Evidence(byte[] file, string name) => app.As(Department(WaterBureau)).Upload("/api/evidence", file, name);

    [Fact]
    public async Task a_plan_table_of_a_few_kilobytes_inflating_to_fifty_megabytes_is_413_at_once()
    {
        var bomb = WordBomb.Value;
        bomb.Length.ShouldBeLessThan(100_000);
        var clock = Stopwatch.StartNew();

        (await RefusedNamingTheFile(() => Import(bomb))).ShouldBe(413);

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task word_and_excel_evidence_that_would_inflate_a_thousandfold_is_413_and_not_stored()
    {
        (await RefusedNamingTheFile(() => Evidence(WordBomb.Value, "整改说明.docx"))).ShouldBe(413);
        (await RefusedNamingTheFile(() => Evidence(ExcelBomb.Value, "监测数据.xlsx"))).ShouldBe(413);
    }

    [Fact]
    public async Task a_container_of_more_than_a_thousand_parts_is_413()
    {
        var crowded = HostileFiles.ManyParts(ZipLimits.Evidence.MaxEntries);

        (await RefusedNamingTheFile(() => Import(crowded))).ShouldBe(413);
        (await RefusedNamingTheFile(() => Evidence(crowded, "说明.docx"))).ShouldBe(413);
    }

    [Fact]
    public async Task a_container_lying_about_its_sizes_is_400()
    {
        var liar = HostileFiles.LyingSizes(5 * 1000 * 1000);

        (await RefusedNamingTheFile(() => Import(liar))).ShouldBe(400);
        (await RefusedNamingTheFile(() => Evidence(liar, "说明.docx"))).ShouldBe(400);
    }

    [Fact]
    public async Task a_dtd_malformed_xml_or_a_damaged_zip_in_a_plan_table_is_400()
    {
        (await RefusedNamingTheFile(() => Import(HostileFiles.DocxWithDtd()))).ShouldBe(400);
        (await RefusedNamingTheFile(() => Import(HostileFiles.DocxWithMalformedXml()))).ShouldBe(400);
        var valid = HostileFiles.ValidTable();
        (await RefusedNamingTheFile(() => Import(HostileFiles.Truncated(valid, valid.Length / 2)))).ShouldBe(400);
        (await RefusedNamingTheFile(() => Evidence(HostileFiles.Truncated(valid, valid.Length - 10), "说明.docx"))).ShouldBe(400);
    }

    [Fact]
    public async Task a_word_document_called_a_spreadsheet_is_kept_as_the_word_document_it_is()
    {
        var result = await Evidence(HostileFiles.ValidTable(), "监测数据.xlsx");

        result.Status().ShouldBe(201);
        var stored = await result.Json();
        stored.GetProperty("fileName").GetString().ShouldBe("监测数据.docx");
        stored.GetProperty("contentType").GetString().ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }
}

public class when_the_zip_guard_checks_a_container
{
    private static UploadRefusedException Refusal(byte[] zip, ZipLimits limits) =>
        Should.Throw<UploadRefusedException>(() => ZipGuard.Check(new MemoryStream(zip), limits));

    [Fact]
    public void a_valid_document_passes_and_its_parts_are_named() =>
        ZipGuard.Check(new MemoryStream(HostileFiles.ValidTable()), ZipLimits.PlanTable).ShouldContain("word/document.xml");

    [Fact]
    public void the_total_counts_every_part_together()
    {
        var twoParts = HostileFiles.Replace(HostileFiles.XlsxBomb(60_000), "xl/worksheets/sheet2.xml", new string('x', 60_000));

        Refusal(twoParts, ZipLimits.Evidence with { MaxTotalBytes = 100_000, MaxRatio = 100_000 }).Status.ShouldBe(413);
        ZipGuard.Check(new MemoryStream(twoParts), ZipLimits.Evidence with { MaxTotalBytes = 130_000, MaxRatio = 100_000 }).Count.ShouldBe(4);
    }

    [Fact]
    public void one_part_past_its_own_limit_is_refused_though_the_total_is_allowed() =>
        Refusal(HostileFiles.XlsxBomb(2_000_000), ZipLimits.Evidence with { MaxEntryBytes = 1_000_000, MaxRatio = 100_000 })
            .Status.ShouldBe(413);

    [Fact]
    public void something_that_is_not_a_zip_is_400() =>
        Refusal("PK\u0003\u0004 not really a zip"u8.ToArray(), ZipLimits.Evidence).Status.ShouldBe(400);
}
