using Microsoft.EntityFrameworkCore;
using Supervision.Anchor.Crud;

// What a conventional team would write (docs/benchmarks.md): EF Core loads the task, inserts the report and updates the
// task under a concurrency token, in one SaveChanges. No authorization, validation, idempotency or light.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddDbContextPool<Reports>(options => options.UseNpgsql(builder.Configuration.GetConnectionString("Anchor")));

var app = builder.Build();
app.MapGet("/tasks", (Reports db) => db.Tasks.OrderBy(t => t.Id).Select(t => t.Id).ToListAsync());
app.MapPost("/tasks/{id:guid}/reports", async (Guid id, ReportBody body, Reports db) =>
{
    var task = await db.Tasks.FindAsync(id);
    if (task is null) return Results.NotFound();
    var report = new ReportRow
    {
        Id = Guid.NewGuid(), TaskId = id, Period = body.Period, ProgressPercent = body.ProgressPercent, Narrative = body.Narrative,
        ReportedAt = DateTimeOffset.UtcNow,
    };
    db.ReportRows.Add(report);
    task.Reports++;
    task.LastPeriod = body.Period;
    task.LastProgressPercent = body.ProgressPercent;
    task.Version++;
    try
    {
        await db.SaveChangesAsync();
    }
    catch (DbUpdateConcurrencyException)
    {
        return Results.Conflict();
    }
    return Results.Ok(new { id, reportId = report.Id, version = task.Version });
});
await Reports.Seed(app.Services, 400);
app.Run();
