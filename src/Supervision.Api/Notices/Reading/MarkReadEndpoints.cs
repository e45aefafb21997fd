using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;

namespace Supervision.Api.Notices.Reading;

/// <summary>How many notices a call marked read (0 when they already were).</summary>
public sealed record Marked(int Count);

/// <summary>The person marks one of their notices read, or all of them; another person's notice does not exist for them.</summary>
public static class MarkReadEndpoints
{
    /// <summary>How many notices one "mark all read" touches: the rest stay unread for the next call.</summary>
    public const int MaxMarked = 500;

    public static void MapMarkRead(this RouteGroupBuilder notices)
    {
        notices.MapPost("/{id:guid}/read", MarkOne).WithSummary("Mark one of your notices read").Produces<Marked>();
        notices.MapPost("/read", MarkAll).WithSummary($"Mark your unread notices read (up to {MaxMarked} at a time)").Produces<Marked>();
    }

    private static async Task<IResult> MarkOne(Guid id, HttpContext http, IDocumentSession session, TimeProvider clock)
    {
        var notice = await session.LoadAsync<NoticeRecord>(id, http.RequestAborted);
        if (notice is null || notice.PersonId != http.User.ToActor().UserId) return Problems.From(Domain.Decisions.Refusal.NotFound("No such notice of yours."));
        if (notice.ReadAt is not null) return Results.Ok(new Marked(0));
        notice.ReadAt = clock.GetUtcNow();
        session.Store(notice);
        await session.SaveChangesAsync(http.RequestAborted);
        return Results.Ok(new Marked(1));
    }

    private static async Task<IResult> MarkAll(HttpContext http, IDocumentSession session, TimeProvider clock)
    {
        var person = http.User.ToActor().UserId;
        var unread = await session.Query<NoticeRecord>().Where(n => n.PersonId == person && n.ReadAt == null).Take(MaxMarked)
            .ToListAsync(http.RequestAborted);
        var now = clock.GetUtcNow();
        foreach (var notice in unread)
        {
            notice.ReadAt = now;
            session.Store(notice);
        }
        await session.SaveChangesAsync(http.RequestAborted);
        return Results.Ok(new Marked(unread.Count));
    }
}
