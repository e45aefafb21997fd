using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace Supervision.Anchor.Crud;

public sealed record ReportBody(string Period, int ProgressPercent, string? Narrative);

public sealed class TaskRow
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public int Reports { get; set; }
    public string? LastPeriod { get; set; }
    public int LastProgressPercent { get; set; }

    [ConcurrencyCheck]
    public long Version { get; set; }
}

public sealed class ReportRow
{
    public Guid Id { get; set; }
    public Guid TaskId { get; set; }
    public string Period { get; set; } = "";
    public int ProgressPercent { get; set; }
    public string? Narrative { get; set; }
    public DateTimeOffset ReportedAt { get; set; }
}

public sealed class Reports(DbContextOptions<Reports> options) : DbContext(options)
{
    public DbSet<TaskRow> Tasks => Set<TaskRow>();
    public DbSet<ReportRow> ReportRows => Set<ReportRow>();

    protected override void OnModelCreating(ModelBuilder model) => model.Entity<ReportRow>().HasIndex(r => r.TaskId);

    /// <summary>Creates the tables and the tasks once; a restart on the same database keeps them.</summary>
    public static async Task Seed(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Reports>();
        await db.Database.EnsureCreatedAsync();
        if (await db.Tasks.AnyAsync()) return;
        db.Tasks.AddRange(Enumerable.Range(0, count).Select(i => new TaskRow { Id = Guid.NewGuid(), Title = $"task {i}" }));
        await db.SaveChangesAsync();
    }
}
