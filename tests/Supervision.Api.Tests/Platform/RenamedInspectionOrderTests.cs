using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;
using static Supervision.Api.Tests.Support.StoredRows;

namespace Supervision.Api.Tests.Platform;

/// <summary>
/// The 督办单 was once the aggregate InspectionCommand. Renamed InspectionOrder, it is stored where and as it always was,
/// so a database written before the rename reads on, and one written after reads in an older release.
/// </summary>
[Collection(ApiCollection.Name)]
public class when_an_inspection_order_is_issued(AppFixture app)
{
    [Fact]
    public async Task it_is_kept_in_the_inspection_command_table_and_its_first_event_under_the_old_name()
    {
        var task = await app.AssignedTask();
        var inspection = (await app.As(Office).Post("/api/inspections", new
        {
            jurisdiction = Jurisdiction, taskIds = new[] { task }, instructions = "限期整改", severity = "key", responseDeadline = "2022-12-31",
        }, 201)).GetProperty("id").GetGuid();

        (await Scalar<long>($"select count(*) from supervision.mt_doc_inspectioncommand where id = '{inspection}'")).ShouldBe(1);
        (await Scalar<string>($"select type from supervision.mt_events where stream_id = '{inspection}' and version = 1"))
            .ShouldBe("inspection_command_issued");
        (await app.As(Office).Get($"/api/inspections/{inspection}")).GetProperty("taskIds")[0].GetGuid().ShouldBe(task);
    }
}
