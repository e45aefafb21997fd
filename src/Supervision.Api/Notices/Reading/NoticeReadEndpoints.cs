using System.Security.Cryptography;
using System.Text;
using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Domain.Notices;

namespace Supervision.Api.Notices.Reading;

public sealed record NoticeView(Guid Id, NoticeKind Kind, string Subject, string Line, string Link, DateTimeOffset CreatedAt, bool Read)
{
    public static NoticeView Of(NoticeRecord n) => new(n.Id, n.Kind, n.Subject, n.Line, n.Link, n.CreatedAt, n.ReadAt is not null);
}

public sealed record NoticePage(int Unread, IReadOnlyList<NoticeView> Items);

/// <summary>
/// The signed-in person's own notices, newest first, with the unread count for the workbench's badge. The answer carries
/// an ETag: the badge asks with If-None-Match and gets an empty 304 while nothing changed.
/// </summary>
public static class NoticeReadEndpoints
{
    public static void MapNoticeReads(this RouteGroupBuilder notices) =>
        notices.MapGet("/", List).WithSummary("Your notices, newest first (?unread=true for the unread only; paged), with the unread count")
            .Produces<NoticePage>();

    private static async Task<IResult> List(bool? unread, [AsParameters] Paging paging, HttpContext http, IQuerySession session)
    {
        var person = http.User.ToActor().UserId;
        var mine = session.Query<NoticeRecord>().Where(n => n.PersonId == person);
        var unreadCount = await mine.CountAsync(n => n.ReadAt == null, http.RequestAborted);
        var listed = unread == true ? mine.Where(n => n.ReadAt == null) : mine;
        var (items, refusal) = await paging.Read(http, listed.OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id));
        if (refusal is not null) return Problems.From(refusal);
        var page = new NoticePage(unreadCount, items.Select(NoticeView.Of).ToList());
        var tag = ETagOf(page, http.Request.QueryString.Value);
        http.Response.Headers.ETag = tag;
        http.Response.Headers.CacheControl = "private, no-cache";
        return http.Request.Headers.IfNoneMatch.Contains(tag) ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Ok(page);
    }

    private static string ETagOf(NoticePage page, string? query)
    {
        var text = new StringBuilder().Append(query).Append('|').Append(page.Unread);
        foreach (var n in page.Items) text.Append('|').Append(n.Id).Append(n.Read ? 'r' : 'u');
        return $"\"{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32]}\"";
    }
}
