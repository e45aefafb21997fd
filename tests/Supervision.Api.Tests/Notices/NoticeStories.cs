using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Warnings;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Identity;

namespace Supervision.Api.Tests.Notices;

/// <summary>The steps of the notice stories: a unit's contact registered by the office, a seed task of that unit, a chase.</summary>
public static class NoticeStories
{
    public const string Plan = "zhuji-water-saving-2022";

    /// <summary>The office registers a clerk of the unit with an e-mail address; the clerk as an actor that can sign in.</summary>
    public static async Task<Actor> Contact(this NoticeHost host, string unit, string email)
    {
        var person = await host.As(NoticeHost.Office).Post("/api/people", new
        {
            name = $"联络员{Guid.NewGuid().ToString("N")[..6]}", role = "department", unit, jurisdiction = "zhuji", contacts = new { email },
        }, 201);
        return new Actor(person.GetProperty("id").GetString()!, "联络员", Role.Department, unit, "zhuji");
    }

    /// <summary>The administrator registers a leader of a jurisdiction with an e-mail address; the leader as an actor.</summary>
    public static async Task<Actor> Leader(this NoticeHost host, string jurisdiction, string email)
    {
        var person = await host.As(Admin).Post("/api/people", new
        {
            name = $"领导{Guid.NewGuid().ToString("N")[..6]}", role = "leader", jurisdiction, contacts = new { email },
        }, 201);
        return new Actor(person.GetProperty("id").GetString()!, "领导", Role.Leader, null, jurisdiction);
    }

    public static readonly Actor Admin = new("dev:admin", "系统管理员", Role.Admin, null, "zhejiang");

    /// <summary>A new task of the unit, due 2022-03-20, with its first quarter unreported: a sweep a month later chases it and turns it red.</summary>
    public static async Task<(Guid Id, string Title)> TaskPastItsDeadline(this NoticeHost host, string unit)
    {
        var title = $"校园节水改造{Guid.NewGuid():N}"[..10];
        var task = await host.As(NoticeHost.Office).Post("/api/tasks", new
        {
            jurisdiction = "zhuji", title, content = "完成校园节水器具改造", category = new[] { "节水型社会建设" },
            leadUnits = new[] { unit }, deadline = "2022-03-20",
        }, 201);
        return (task.GetProperty("id").GetGuid(), title);
    }

    /// <summary>The sweep of this task alone on 2022-04-20 by the injected clock (reset by the caller), so other stories' tasks are left be.</summary>
    public static async Task SweepAMonthLate(this NoticeHost host, Guid task)
    {
        host.Clock.Set(new DateTimeOffset(2022, 4, 20, 10, 0, 0, TimeSpan.FromHours(8)));
        using var scope = host.Host.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DeadlineSweep>().Run("zhuji", [task], CancellationToken.None);
    }

    /// <summary>A seed task led by this unit alone, so only its contacts are told.</summary>
    public static async Task<(Guid Id, string Title)> TaskLedBy(this NoticeHost host, string unit, int skip = 0)
    {
        var tasks = await host.As(NoticeHost.Office).Get($"/api/plans/{Plan}/tasks?pageSize=100");
        var task = tasks.EnumerateArray()
            .Where(t => t.GetProperty("leadUnits").EnumerateArray().Select(u => u.GetString()).SequenceEqual([unit])).Skip(skip).First();
        return (task.GetProperty("id").GetGuid(), task.GetProperty("title").GetString()!);
    }

    public static Task<JsonElement> Chase(this NoticeHost host, Guid task, string reason = "请于本周五前报送二季度进展") =>
        host.As(NoticeHost.Office).Post($"/api/tasks/{task}/reminders", new { reason });

    public static async Task<List<JsonElement>> History(this NoticeHost host, Guid task, string type) =>
        (await host.As(NoticeHost.Office).Get($"/api/tasks/{task}/history?pageSize=500")).EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == type).ToList();
}
