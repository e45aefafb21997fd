using System.Text.Json;
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
