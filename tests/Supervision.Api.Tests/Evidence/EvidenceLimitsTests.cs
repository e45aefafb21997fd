using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Evidence;

[Collection(ApiCollection.Name)]
public class when_a_department_uploads_evidence(AppFixture app)
{
    private async Task<int> Upload(byte[] content, string name, Domain.Identity.Actor? who = null)
    {
        var result = await app.As(who ?? Department(WaterBureau)).Send(s =>
        {
            s.Post.MultipartFormData(new MultipartFormDataContent { { new ByteArrayContent(content), "file", name } }).ToUrl("/api/evidence");
            s.IgnoreStatusCode();
        });
        return result.Context.Response.StatusCode;
    }

    [Fact]
    public async Task a_pdf_is_stored_and_served_back_with_its_hash()
    {
        var pdf = "%PDF-1.7 测试"u8.ToArray();
        var stored = await app.As(Department(WaterBureau)).Send(s =>
        {
            s.Post.MultipartFormData(new MultipartFormDataContent { { new ByteArrayContent(pdf), "file", "报告.pdf" } }).ToUrl("/api/evidence");
            s.StatusCodeShouldBe(201);
        });
        var id = System.Text.Json.JsonDocument.Parse(await stored.ReadAsTextAsync()).RootElement.GetProperty("id").GetGuid();

        var download = await app.As(Office).Send(s => { s.Get.Url($"/api/evidence/{id}"); s.StatusCodeShouldBe(200); });

        (await download.ReadAsTextAsync()).ShouldBe("%PDF-1.7 测试");
        download.Context.Response.ContentType.ShouldBe("application/pdf");
        await app.As(Department(AgricultureBureau)).Get($"/api/evidence/{id}", 403);
        await app.As(YiwuOffice).Get($"/api/evidence/{id}", 404);
    }

    [Fact]
    public async Task a_type_not_on_the_allow_list_is_415_whatever_its_name()
    {
        (await Upload("<script>alert(1)</script>"u8.ToArray(), "report.pdf")).ShouldBe(415);
        (await Upload("MZ\u0090\u0000"u8.ToArray(), "setup.exe")).ShouldBe(415);
    }

    [Fact]
    public async Task a_file_over_ten_mebibytes_is_413()
    {
        var big = new byte[10 * 1024 * 1024 + 1];
        "%PDF-"u8.CopyTo(big);
        (await Upload(big, "big.pdf")).ShouldBe(413);
    }

    [Fact]
    public async Task a_leader_cannot_upload() => (await Upload("%PDF-1.4"u8.ToArray(), "a.pdf", Leader)).ShouldBe(403);
}
