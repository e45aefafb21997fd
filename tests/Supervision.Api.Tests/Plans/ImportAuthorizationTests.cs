using Supervision.Api.Tests.Support;
using Supervision.Domain.Identity;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Plans;

[Collection(ApiCollection.Name)]
public class when_someone_who_may_not_import_sends_a_plan_file(AppFixture app)
{
    public static TheoryData<string> NotAllowed => ["department", "leader", "office of another city naming 诸暨"];

    private static Actor Who(string name) => name switch
    {
        "department" => Department(WaterBureau),
        "leader" => Leader,
        _ => YiwuOffice,
    };

    [Theory]
    [MemberData(nameof(NotAllowed))]
    public async Task it_is_403_before_a_byte_of_the_file_is_read(string who)
    {
        var watched = new WatchedStream(UploadRequests.Multipart("b0undary", UploadRequests.FilePart("任务表.docx", HostileFiles.DocxBomb(8 * 1024 * 1024))));

        var result = await app.As(Who(who)).Raw($"/api/plans/import{UploadRequests.TableQuery}", watched, "multipart/form-data; boundary=b0undary");

        result.Status().ShouldBe(403);
        (await result.Problem()).GetProperty("detail").GetString()!.ShouldContain("imports plans");
        watched.BytesRead.ShouldBe(0);
    }

    [Fact]
    public async Task a_yaml_plan_of_another_city_is_still_refused_once_read()
    {
        var yaml = "id: zhuji-other-office\njurisdiction: zhuji\ntitle: 诸暨\ndefaultDeadline: 2022-12-31\nunits: []\ntasks: []\n";

        await app.As(YiwuOffice).PostText("/api/plans/import", yaml, "application/yaml", 403);
    }
}
