using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Identity;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Tasks;

/// <summary>
/// Random sequences of commands from every role (office, lead and participating department, an unrelated department,
/// leadership) against a small reference model of a task written from the rules as the office states them: what is
/// accepted, what is refused, and what the task looks like afterwards. After every sequence the task view, its reports
/// and the fold of its events (history) equal the model; a refused command left nothing behind.
/// </summary>
[Collection(ApiCollection.Name)]
public class when_random_commands_from_all_roles_meet_a_task(AppFixture app)
{
    private static readonly Actor[] Actors =
    [
        Office, Department(WaterBureau), Department(HousingBureau), Department(AgricultureBureau), Leader,
    ];

    private enum Kind { Accept, Report, ReturnReport, Chase, RequestCompletion, ApproveCompletion, ReturnCompletion }

    private sealed record Step(Kind Kind, int Actor, int Value)
    {
        public override string ToString() => $"{Kind} by {Actors[Actor].UserId} ({Value})";
    }

    /// <summary>The reference model: the task's state as the rules say it should be.</summary>
    private sealed record Model(string Status, IReadOnlyList<string> AcceptedBy, int Progress, IReadOnlyList<(Guid Id, bool Returned)> Reports, int Chases)
    {
        public static readonly Model New = new("assigned", [], 0, [], 0);

        public bool Open => Status is not "closed";

        /// <summary>The model's answer: the next state, or null when the command must be refused.</summary>
        public Model? Decide(Step step, Guid reportId)
        {
            var actor = Actors[step.Actor];
            var isOffice = actor.Is(Role.Office);
            var lead = actor.Unit == WaterBureau;
            var onTask = lead || actor.Unit == HousingBureau;
            return step.Kind switch
            {
                Kind.Accept when lead && Open && !AcceptedBy.Contains(WaterBureau) =>
                    this with { AcceptedBy = [WaterBureau], Status = Status == "assigned" ? "inProgress" : Status },
                Kind.Report when onTask && Open => this with { Progress = step.Value },
                Kind.ReturnReport when isOffice && Reports.Any(r => r.Id == reportId && !r.Returned) =>
                    this with { Reports = Reports.Select(r => r.Id == reportId ? (r.Id, true) : r).ToList() },
                Kind.Chase when isOffice && Open => this with { Chases = Chases + 1 },
                Kind.RequestCompletion when lead && Open && Status != "completionRequested" => this with { Status = "completionRequested" },
                Kind.ApproveCompletion when isOffice && Status == "completionRequested" => this with { Status = "closed" },
                Kind.ReturnCompletion when isOffice && Status == "completionRequested" => this with { Status = "inProgress" },
                _ => null,
            };
        }
    }

    private static readonly Gen<Step> Steps =
        from kind in Gen.Elements(Enum.GetValues<Kind>())
        from actor in Gen.Choose(0, Actors.Length - 1)
        from value in Gen.Choose(0, 100)
        select new Step(kind, actor, value);

    [Fact]
    public void the_task_view_its_reports_and_its_history_equal_the_model_after_every_sequence()
    {
        Prop.ForAll(Steps.ListOf().Where(s => s.Count is > 0 and <= 14).ToArbitrary(), steps => Run(steps).GetAwaiter().GetResult())
            .Check(Config.QuickThrowOnFailure.WithMaxTest(20));
    }

    private async Task Run(IList<Step> steps)
    {
        var task = (await app.As(Office).Post("/api/tasks", new
        {
            jurisdiction = Jurisdiction, title = "模型检验任务", leadUnits = new[] { WaterBureau }, participatingUnits = new[] { HousingBureau },
            deadline = "2027-12-31",
        }, 201)).GetProperty("id").GetGuid();
        var model = Model.New;
        var history = await Events(task);
        foreach (var step in steps)
        {
            var reportId = step.Kind == Kind.ReturnReport && model.Reports.Count > 0 ? model.Reports[step.Value % model.Reports.Count].Id : Guid.NewGuid();
            if (step.Kind == Kind.Report) reportId = Guid.Empty;
            var expected = model.Decide(step, reportId);
            var (status, body) = await Send(task, step, reportId);
            if (expected is null)
            {
                status.ShouldBeInRange(400, 499, $"{step} must be refused");
                (await Events(task)).ShouldBe(history, $"{step} was refused and must leave nothing behind");
            }
            else
            {
                status.ShouldBeInRange(200, 299, $"{step} must be accepted");
                // The server names a new report; the model takes the name it was given.
                model = step.Kind == Kind.Report
                    ? expected with { Reports = [.. model.Reports, (body.GetProperty("reportId").GetGuid(), false)] }
                    : expected;
            }
            history = await Events(task);
        }

        var view = await app.As(Office).Get($"/api/tasks/{task}");
        view.GetProperty("status").GetString().ShouldBe(model.Status, string.Join(", ", steps));
        view.GetProperty("acceptedBy").EnumerateArray().Select(u => u.GetString()).ShouldBe(model.AcceptedBy);
        view.GetProperty("progressPercent").GetInt32().ShouldBe(model.Progress);
        var reports = (await app.As(Office).Get($"/api/tasks/{task}/reports")).GetProperty("reports").EnumerateArray()
            .Select(r => (r.GetProperty("reportId").GetGuid(), r.TryGetProperty("returnedAt", out var at) && at.ValueKind != JsonValueKind.Null)).ToList();
        reports.ShouldBe(model.Reports, string.Join(", ", steps));
        history.Count(e => e == "reminder_issued:manual").ShouldBe(model.Chases);
    }

    private async Task<(int Status, JsonElement Body)> Send(Guid task, Step step, Guid reportId)
    {
        var (url, body) = step.Kind switch
        {
            Kind.Accept => ($"/api/tasks/{task}/accept", (object?)null),
            Kind.Report => ($"/api/tasks/{task}/reports", new { period = "2026-10", progressPercent = step.Value, narrative = "按计划推进" }),
            Kind.ReturnReport => ($"/api/tasks/{task}/reports/{reportId}/return", new { reason = "数据口径不一致" }),
            Kind.Chase => ($"/api/tasks/{task}/reminders", new { reason = "请按时报送" }),
            Kind.RequestCompletion => ($"/api/tasks/{task}/completion", new { summary = "已完成" }),
            Kind.ApproveCompletion => ($"/api/tasks/{task}/completion/approve", null),
            Kind.ReturnCompletion => ($"/api/tasks/{task}/completion/return", new { reason = "佐证材料不足" }),
            _ => throw new ArgumentOutOfRangeException(nameof(step)),
        };
        var result = await app.As(Actors[step.Actor]).Send(s =>
        {
            if (body is null)
            {
                s.Post.Url(url);
                s.ConfigureHttpContext(http => http.Request.ContentLength = 0);
            }
            else s.Post.Json(body).ToUrl(url);
            s.IgnoreStatusCode();
        });
        var text = await result.ReadAsTextAsync();
        return (result.Context.Response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>
    /// The task's events from its history: type, and for reminders their kind. The light evaluation's own events (lights,
    /// automatic reminders) arrive in the background whenever a command lands, so they are left out of the comparison.
    /// </summary>
    private async Task<List<string>> Events(Guid task) =>
        (await app.As(Office).GetAll($"/api/tasks/{task}/history"))
        .Select(e => (e.GetProperty("type").GetString() + (e.GetProperty("data").TryGetProperty("kind", out var k) ? ":" + k.GetString() : "")).ToLowerInvariant())
        .Where(e => !e.StartsWith("warning_") && !(e.StartsWith("reminder_issued") && e != "reminder_issued:manual"))
        .ToList();
}
