using Supervision.Domain.Decisions;

namespace Supervision.Api.Infrastructure;

/// <summary>?page= (from 1) and ?pageSize= (default 100, at most 500) on list endpoints; the total goes in X-Total-Count.</summary>
public sealed record Paging(int? Page, int? PageSize)
{
    public const int DefaultSize = 100;
    public const int MaxSize = 500;

    public Refusal? Invalid() =>
        Page is < 1 ? Refusal.Invalid("page", "Pages start at 1.")
        : PageSize is < 1 or > MaxSize ? Refusal.Invalid("pageSize", $"A page holds 1 to {MaxSize} items.")
        : null;

    public IResult Apply<T>(HttpContext http, IEnumerable<T> items)
    {
        if (Invalid() is { } refusal) return Problems.From(refusal);
        var all = items as IReadOnlyCollection<T> ?? items.ToList();
        http.Response.Headers["X-Total-Count"] = all.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var size = PageSize ?? DefaultSize;
        return Results.Ok(all.Skip(((Page ?? 1) - 1) * size).Take(size).ToList());
    }
}
