using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Supervision.Anchor.BareStack;
using Wolverine;
using Wolverine.Marten;

// The bare stack the bench measures the API against (docs/benchmarks.md): a report body for one of 400 tasks goes to
// Wolverine's InvokeAsync, an aggregate handler (FetchForWriting, one event appended, the task's inline snapshot, Quick
// append) inside Wolverine's transactional middleware. No authorization, validation, idempotency or light.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddMarten(options =>
{
    options.Connection(builder.Configuration.GetConnectionString("Anchor")!);
    options.DatabaseSchemaName = "anchor";
    options.Events.StreamIdentity = StreamIdentity.AsGuid;
    options.Events.AppendMode = EventAppendMode.Quick;
    options.Projections.Snapshot<ReportedTask>(SnapshotLifecycle.Inline);
}).UseLightweightSessions().IntegrateWithWolverine().ApplyAllDatabaseChangesOnStartup();
builder.Host.UseWolverine(options =>
{
    options.UseRuntimeCompilation();
    options.Policies.AutoApplyTransactions();
});

var app = builder.Build();
app.MapGet("/tasks", (IQuerySession session) => session.Query<ReportedTask>().OrderBy(t => t.Id).Select(t => t.Id).ToListAsync());
app.MapPost("/tasks/{id:guid}/reports", (Guid id, ReportBody body, IMessageBus bus) =>
    bus.InvokeAsync<ReportAccepted>(new SubmitReport(id, body.Period, body.ProgressPercent, body.Narrative)));
await Seed.Tasks(app.Services, 400);
app.Run();
