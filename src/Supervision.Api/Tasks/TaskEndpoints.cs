using Supervision.Api.Tasks.Accepting;
using Supervision.Api.Tasks.Assigning;
using Supervision.Api.Tasks.Chasing;
using Supervision.Api.Tasks.Classifying;
using Supervision.Api.Tasks.Completing;
using Supervision.Api.Tasks.Extending;
using Supervision.Api.Tasks.Reporting;
using Supervision.Api.Tasks.Revising;
using Supervision.Api.Tasks.Viewing;

namespace Supervision.Api.Tasks;

public static class TaskEndpoints
{
    public static void MapTaskEndpoints(this RouteGroupBuilder api)
    {
        var tasks = api.MapGroup("/tasks").WithTags("Tasks");
        tasks.MapAssignTask();
        tasks.MapAcceptTask();
        tasks.MapSubmitReport();
        tasks.MapRequestTargetRevision();
        tasks.MapDecideTargetRevision();
        tasks.MapCompletion();
        tasks.MapReturnReport();
        tasks.MapReportingSchedule();
        tasks.MapExtensions();
        tasks.MapChase();
        tasks.MapDimension();
        tasks.MapTaskReads();
    }
}
