using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Evidence;

[Collection(ApiCollection.Name)]
public class when_evidence_arrives_with_a_hostile_file_name(AppFixture app)
{
    private static readonly byte[] Pdf = "%PDF-1.7 整改报告"u8.ToArray();

    private async Task<(string Stored, string Disposition)> UploadAndDownload(string dispositionParameters)
    {
        var part = ($"Content-Disposition: form-data; name=\"file\"; {dispositionParameters}\r\nContent-Type: application/pdf", Pdf);
        var upload = await app.As(Department(WaterBureau)).Raw("/api/evidence", UploadRequests.Multipart("n4me", part), "multipart/form-data; boundary=n4me");
        upload.Status().ShouldBe(201);
        var stored = await upload.Json();

        var download = await app.As(Office).Send(s => { s.Get.Url($"/api/evidence/{stored.GetProperty("id").GetGuid()}"); s.StatusCodeShouldBe(200); });

        (await download.ReadAsTextAsync()).ShouldBe("%PDF-1.7 整改报告");
        return (stored.GetProperty("fileName").GetString()!, download.Context.Response.Headers.ContentDisposition.ToString());
    }

    [Theory]
    [InlineData("filename*=UTF-8''%E6%95%B4%E6%94%B9%0D%0A%5B00%3A00%3A00%20INF%5D.pdf", "整改[00:00:00 INF].pdf")]
    [InlineData("filename*=UTF-8''a%00b.pdf", "ab.pdf")]
    [InlineData("filename*=UTF-8''%E2%80%AE%E5%8F%91%E7%A5%A8fdp.exe", "发票fdp.pdf")]
    [InlineData("filename=\"../../etc/passwd\"", "passwd.pdf")]
    [InlineData("filename=\"..\\\\..\\\\boot.ini\"", "boot.pdf")]
    public async Task control_characters_overrides_and_paths_are_dropped_and_the_extension_is_the_types(string parameters, string kept)
    {
        var (stored, disposition) = await UploadAndDownload(parameters);

        stored.ShouldBe(kept);
        disposition.ShouldStartWith("attachment;");
        disposition.ShouldNotContain("\r");
    }

    [Theory]
    [InlineData("filename=\"/\"")]
    [InlineData("filename=\"\\\\\"")]
    [InlineData("filename*=UTF-8''%E2%80%AE%00")]
    public async Task a_name_with_nothing_left_is_served_under_a_plain_name_with_a_content_disposition(string parameters)
    {
        var (stored, disposition) = await UploadAndDownload(parameters);

        stored.ShouldBe("evidence.pdf");
        disposition.ShouldBe("attachment; filename=evidence.pdf; filename*=UTF-8''evidence.pdf");
    }

    [Fact]
    public async Task a_chinese_name_is_sent_back_encoded_for_every_browser()
    {
        var (stored, disposition) = await UploadAndDownload("filename*=UTF-8''%E6%95%B4%E6%94%B9%E6%8A%A5%E5%91%8A.pdf");

        stored.ShouldBe("整改报告.pdf");
        disposition.ShouldContain("filename*=UTF-8''%E6%95%B4%E6%94%B9%E6%8A%A5%E5%91%8A.pdf");
    }
}
