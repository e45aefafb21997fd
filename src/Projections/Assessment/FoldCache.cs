using Supervision.Domain.Assessment;
using Supervision.Domain.Findings;
using Supervision.Domain.Notices;
using Supervision.Domain.Tasks;

namespace Supervision.Projections.Assessment;

/// <summary>
/// The daemon's memory of each jurisdiction's streams as an earlier batch folded them, so that the next batch reads and
/// folds only the events after it rather than the jurisdiction's whole history. Bounded by the events it holds: the
/// jurisdictions used least recently are dropped and, when next touched, folded from their events again. The kept
/// documents are the same either way; a test compares them with a fold from scratch.
/// </summary>
public sealed class FoldCache(int maximumEvents = FoldCache.DefaultMaximumEvents)
{
    public const int DefaultMaximumEvents = 300_000;

    private readonly Dictionary<string, LinkedListNode<(string Jurisdiction, JurisdictionFold Fold)>> entries = [];
    private readonly LinkedList<(string Jurisdiction, JurisdictionFold Fold)> recency = new();
    private readonly Lock gate = new();
    private long held;

    private readonly Dictionary<string, long> latest = [];

    public long EventsHeld { get { lock (gate) return held; } }

    /// <summary>
    /// Whether a jurisdiction is known to have an event after a sequence: a batch that ends before its latest event is
    /// left to a later batch without a query (a rebuild passes each jurisdiction in many batches before its last one).
    /// Events are never removed, so once seen, a later event stays there.
    /// </summary>
    public bool HasEventAfter(string jurisdiction, long sequence)
    {
        lock (gate) return latest.TryGetValue(jurisdiction, out var seen) && seen > sequence;
    }

    internal void SawEvent(string jurisdiction, long sequence)
    {
        lock (gate) latest[jurisdiction] = Math.Max(sequence, latest.GetValueOrDefault(jurisdiction));
    }

    /// <summary>The sequence through which a jurisdiction's streams are held folded, if they are.</summary>
    public long? HeldThrough(string jurisdiction)
    {
        lock (gate) return entries.TryGetValue(jurisdiction, out var node) ? node.Value.Fold.Through : null;
    }

    /// <summary>Removes and returns a jurisdiction's fold: whoever takes it owns it until it is kept again.</summary>
    internal JurisdictionFold? Take(string jurisdiction)
    {
        lock (gate)
        {
            if (!entries.Remove(jurisdiction, out var node)) return null;
            recency.Remove(node);
            held -= node.Value.Fold.EventCount;
            return node.Value.Fold;
        }
    }

    internal void Keep(string jurisdiction, JurisdictionFold fold)
    {
        lock (gate)
        {
            if (entries.Remove(jurisdiction, out var old))
            {
                recency.Remove(old);
                held -= old.Value.Fold.EventCount;
            }
            entries[jurisdiction] = recency.AddFirst((jurisdiction, fold));
            held += fold.EventCount;
            while (held > maximumEvents && recency.Last is { } oldest && oldest.Value.Jurisdiction != jurisdiction)
            {
                recency.RemoveLast();
                entries.Remove(oldest.Value.Jurisdiction);
                held -= oldest.Value.Fold.EventCount;
            }
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            entries.Clear();
            recency.Clear();
            latest.Clear();
            held = 0;
        }
    }
}

/// <summary>One stream folded with the domain's own fold, and its events in order.</summary>
public sealed class StreamFold
{
    public object? State { get; set; }
    public List<Recorded> Events { get; } = [];
}

/// <summary>A jurisdiction's task, finding, bonus and day streams, each folded through a sequence.</summary>
public sealed class JurisdictionFold
{
    private readonly Dictionary<Guid, StreamFold> streams = [];
    private readonly HashSet<Guid> tasks = [];
    private readonly HashSet<Guid> findings = [];
    private readonly List<(long Sequence, string[] Units)> moves = [];

    public JurisdictionFold(IEnumerable<Guid> taskIds, IEnumerable<Guid> findingIds) => Know(taskIds, findingIds);

    /// <summary>Every event of the streams up to this sequence has been folded.</summary>
    public long Through { get; set; }

    public Recorded? Last { get; private set; }

    public int EventCount { get; private set; }

    /// <summary>Streams that appeared since the fold began (a new task, a new finding).</summary>
    public void Know(IEnumerable<Guid> taskIds, IEnumerable<Guid> findingIds)
    {
        tasks.UnionWith(taskIds);
        findings.UnionWith(findingIds);
    }

    /// <summary>Folds the next event; events come in sequence order.</summary>
    public void Add(Recorded recorded)
    {
        // Who was told of an event is not part of what a score rests on.
        if (recorded.Data is NoticeDelivered or NoticeFailed) return;
        var id = recorded.Ref.StreamId;
        if (!streams.TryGetValue(id, out var stream)) streams[id] = stream = new StreamFold();
        var before = UnitsOf(stream.State);
        stream.State = tasks.Contains(id) ? SupervisedTask.Folding.Evolve((SupervisedTask?)stream.State, recorded.Data)
            : findings.Contains(id) ? Finding.Folding.Evolve((Finding?)stream.State, recorded.Data)
            : null;
        // A task or finding that changed hands bears on the units it left as well as on those it has now.
        if (before.Length > 0 && !before.ToHashSet().SetEquals(UnitsOf(stream.State))) moves.Add((recorded.Ref.Sequence, before));
        stream.Events.Add(recorded);
        Last = recorded;
        EventCount++;
    }

    public StreamFold? Stream(Guid id) => streams.GetValueOrDefault(id);

    /// <summary>
    /// The units that the events after a sequence bear on: those of each task or finding with a later event (and those
    /// it left), and each unit awarded a bonus; null when they bear on every unit (a business day began).
    /// </summary>
    public IReadOnlySet<string>? UnitsSince(long sequence)
    {
        var units = new HashSet<string>(moves.Where(m => m.Sequence > sequence).SelectMany(m => m.Units));
        foreach (var (id, stream) in streams)
        {
            if (stream.Events.Count == 0 || stream.Events[^1].Ref.Sequence <= sequence) continue;
            if (tasks.Contains(id) || findings.Contains(id)) units.UnionWith(UnitsOf(stream.State));
            else if (stream.Events.Any(e => e.Ref.Sequence > sequence && e.Data is AssessmentDayBegan)) return null;
            else units.UnionWith(stream.Events.Where(e => e.Ref.Sequence > sequence).Select(e => e.Data).OfType<BonusAwarded>().Select(b => b.Unit));
        }
        return units;
    }

    private static string[] UnitsOf(object? state) => state switch
    {
        SupervisedTask task => [.. task.UnitsEverHeld()],
        Finding finding => [.. finding.UnitsEverHeld()],
        _ => [],
    };
}
