using System.Text;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Security;

[Collection(ApiCollection.Name)]
public class when_a_multipart_body_is_malformed(AppFixture app)
{
    private static readonly byte[] Pdf = "%PDF-1.4 整改"u8.ToArray();

    public static TheoryData<string> Endpoints => ["/api/evidence", $"/api/plans/import{UploadRequests.TableQuery}"];

    private async Task<string> Refused(string url, byte[] body, string contentType)
    {
        var (status, problem) = await app.RefusedWithoutATrace(() =>
            app.As(url.StartsWith("/api/evidence") ? Department(WaterBureau) : Office).Raw(url, body, contentType));

        status.ShouldBe(400);
        return problem.ErrorsFor("file").ShouldHaveSingleItem();
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task a_body_without_a_boundary_is_400(string url) =>
        (await Refused(url, UploadRequests.Multipart("x", UploadRequests.FilePart("a.pdf", Pdf)), "multipart/form-data")).ShouldContain("boundary");

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task a_body_cut_short_is_400(string url)
    {
        var body = UploadRequests.Multipart("cut", UploadRequests.FilePart("a.pdf", Pdf));
        await Refused(url, body[..(body.Length - 12)], "multipart/form-data; boundary=cut");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task more_parts_than_an_upload_needs_is_400(string url)
    {
        var fields = Enumerable.Range(0, 40).Select(i => ($"Content-Disposition: form-data; name=\"f{i}\"", "x"u8.ToArray()));
        var body = UploadRequests.Multipart("many", [.. fields, UploadRequests.FilePart("a.pdf", Pdf)]);

        (await Refused(url, body, "multipart/form-data; boundary=many")).ShouldContain("limit");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task an_over_long_part_header_is_400(string url)
    {
        var header = $"Content-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nX-Padding: {new string('a', 20_000)}";

        await Refused(url, UploadRequests.Multipart("long", (header, Pdf)), "multipart/form-data; boundary=long");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task a_form_without_the_file_field_is_400(string url) =>
        (await Refused(url, UploadRequests.Multipart("nofile", ("Content-Disposition: form-data; name=\"document\"; filename=\"a.pdf\"", Pdf)),
            "multipart/form-data; boundary=nofile")).ShouldContain("'file'");

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task a_url_encoded_form_is_415(string url) =>
        (await app.RefusedWithoutATrace(() => app.As(url.StartsWith("/api/evidence") ? Department(WaterBureau) : Office)
            .Raw(url, Encoding.UTF8.GetBytes("file=x"), "application/x-www-form-urlencoded"))).Status.ShouldBe(415);
}
