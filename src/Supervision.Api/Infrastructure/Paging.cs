using System.Globalization;
using Marten;
using Supervision.Domain.Decisions;

namespace Supervision.Api.Infrastructure;

/// <summary>
/// ?page= (from 1) and ?pageSize= (default 100, at most 500) on every list endpoint; the total goes in X-Total-Count.
/// A page after the last one is refused (page 1 is always there, empty when the list is), never answered with page 1.
/// </summary>
public sealed record Paging(int? Page, int? PageSize)
{
    public const int DefaultSize = 100;
    public const int MaxSize = 500;
    public const string TotalHeader = "X-Total-Count";

    private int Number => Page ?? 1;

    private int Size => PageSize ?? DefaultSize;

    /// <summary>How many items come before this page; long, so no page number overflows into page 1.</summary>
    private long Skipped => (Number - 1L) * Size;

    public Refusal? Invalid() =>
        Page is < 1 ? Refusal.Invalid("page", "Pages start at 1.")
        : PageSize is < 1 or > MaxSize ? Refusal.Invalid("pageSize", $"A page holds 1 to {MaxSize} items.")
        : null;

    /// <summary>This page of a list already in memory, or why there is none.</summary>
    public (IReadOnlyList<T> Items, Refusal? Refusal) Cut<T>(HttpContext http, IEnumerable<T> items)
    {
        if (Invalid() is { } invalid) return ([], invalid);
        var all = items as IReadOnlyCollection<T> ?? items.ToList();
        if (Beyond(all.Count) is { } beyond) return ([], beyond);
        SetTotal(http, all.Count);
        return (all.Skip((int)Skipped).Take(Size).ToList(), null);
    }

    public IResult Apply<T>(HttpContext http, IEnumerable<T> items)
    {
        var (page, refusal) = Cut(http, items);
        return refusal is null ? Results.Ok(page) : Problems.From(refusal);
    }

    /// <summary>This page read from the database, each document shown as a view.</summary>
    public async Task<IResult> Apply<TDocument, TView>(HttpContext http, IQueryable<TDocument> query, Func<TDocument, TView> view)
        where TDocument : notnull
    {
        var (page, refusal) = await Read(http, query);
        return refusal is null ? Results.Ok(page.Select(view).ToList()) : Problems.From(refusal);
    }

    /// <summary>This page read from the database (the query filters and orders there), or why there is none.</summary>
    public async Task<(IReadOnlyList<TDocument> Items, Refusal? Refusal)> Read<TDocument>(HttpContext http, IQueryable<TDocument> query)
        where TDocument : notnull
    {
        if (Invalid() is { } invalid) return ([], invalid);
        var total = await query.CountAsync(http.RequestAborted);
        if (Beyond(total) is { } beyond) return ([], beyond);
        SetTotal(http, total);
        return (await query.Skip((int)Skipped).Take(Size).ToListAsync(http.RequestAborted), null);
    }

    /// <summary>How deep a page of a list across database shards may reach (each shard answers up to the page's end).</summary>
    public const int MaxDepthAcrossShards = 5_000;

    /// <summary>
    /// This page of a list kept in the tenants of the jurisdictions given (the caller reads them), each document shown as a
    /// view. In one database the database filters, orders and pages it, as <see cref="Read"/>. On shards each database that
    /// holds any of them counts its part and answers its first items up to the page's end, in the list's order; the page is
    /// cut from their union, put in that order again in the API. A page reaching past <see cref="MaxDepthAcrossShards"/>
    /// items is refused there: such a list is narrowed by jurisdiction instead.
    /// </summary>
    public async Task<IResult> ApplyAcross<TDocument, TView>(HttpContext http, IQuerySession session, IReadOnlyList<string> jurisdictions,
        Func<IQueryable<TDocument>, IOrderedQueryable<TDocument>> list, Func<TDocument, TView> view) where TDocument : notnull
    {
        var (page, refusal) = await ReadAcross(http, session, jurisdictions, list);
        return refusal is null ? Results.Ok(page.Select(view).ToList()) : Problems.From(refusal);
    }

    /// <inheritdoc cref="ApplyAcross{TDocument, TView}"/>
    public async Task<(IReadOnlyList<TDocument> Items, Refusal? Refusal)> ReadAcross<TDocument>(HttpContext http, IQuerySession session,
        IReadOnlyList<string> jurisdictions, Func<IQueryable<TDocument>, IOrderedQueryable<TDocument>> list) where TDocument : notnull
    {
        if (!Tenancy.Sharded(session.DocumentStore)) return await Read(http, list(Tenancy.Across<TDocument>(session, jurisdictions)));
        if (Invalid() is { } invalid) return ([], invalid);
        var end = Skipped + Size;
        if (end > MaxDepthAcrossShards)
            return ([], Refusal.Invalid("page", $"A list across database shards pages through its first {MaxDepthAcrossShards} items; narrow it by jurisdiction to read further."));
        var ct = http.RequestAborted;
        var parts = await Tenancy.OnEachDatabase(session, jurisdictions, async (there, onOneDatabase) =>
        {
            var query = list(Tenancy.Across<TDocument>(there, onOneDatabase));
            return (IEnumerable<(int Count, IReadOnlyList<TDocument> First)>)[(await query.CountAsync(ct), await query.Take((int)end).ToListAsync(ct))];
        });
        var total = parts.Sum(p => (long)p.Count);
        if (Beyond(total) is { } beyond) return ([], beyond);
        SetTotal(http, total);
        return ([.. list(parts.SelectMany(p => p.First).AsQueryable()).Skip((int)Skipped).Take(Size)], null);
    }

    private Refusal? Beyond(long total) =>
        Number > 1 && Skipped >= total
            ? Refusal.Invalid("page", $"There are {Math.Max(1, (total + Size - 1) / Size)} pages of {Size}; page {Number} is past the last.")
            : null;

    private static void SetTotal(HttpContext http, long total) =>
        http.Response.Headers[TotalHeader] = total.ToString(CultureInfo.InvariantCulture);
}
