namespace Supervision.Domain.Assessment;

/// <summary>
/// A child jurisdiction's standing among its siblings, over its whole subtree: its 五水共治 score (the dimensions' scores
/// weighed by their task counts, as a parent's cell weighs its children), tasks on schedule and red lights.
/// </summary>
public sealed record RankedJurisdiction(int Rank, string Jurisdiction, decimal Score, int Tasks, int OnSchedule, int RedLights);

/// <summary>
/// A parent ranks its children: the higher score first, then fewer red lights, then more tasks on schedule; equal on all
/// three, equal rank (the next rank skips, as in a printed league table).
/// </summary>
public static class JurisdictionRanking
{
    public static IReadOnlyList<RankedJurisdiction> Rank(IEnumerable<(string Jurisdiction, IReadOnlyList<DimensionCell> Dimensions)> children)
    {
        var standings = children.Select(c => Standing(c.Jurisdiction, c.Dimensions))
            .OrderByDescending(s => s.Score).ThenBy(s => s.RedLights).ThenByDescending(s => s.OnSchedule).ThenBy(s => s.Jurisdiction, StringComparer.Ordinal)
            .ToList();
        var ranked = new List<RankedJurisdiction>(standings.Count);
        for (var i = 0; i < standings.Count; i++)
        {
            var tied = i > 0 && (standings[i].Score, standings[i].RedLights, standings[i].OnSchedule)
                == (standings[i - 1].Score, standings[i - 1].RedLights, standings[i - 1].OnSchedule);
            ranked.Add(standings[i] with { Rank = tied ? ranked[i - 1].Rank : i + 1 });
        }
        return ranked;
    }

    /// <summary>Without tasks the plain mean of the dimensions' scores, so a quiet jurisdiction is neither first nor last by default.</summary>
    private static RankedJurisdiction Standing(string jurisdiction, IReadOnlyList<DimensionCell> dimensions)
    {
        var tasks = dimensions.Sum(d => d.Tasks);
        var score = dimensions.Count == 0 ? 0m
            : tasks == 0 ? Math.Round(dimensions.Average(d => d.Score), 2) : Math.Round(dimensions.Sum(d => d.Score * d.Tasks) / tasks, 2);
        return new RankedJurisdiction(0, jurisdiction, score, tasks, dimensions.Sum(d => d.OnSchedule), dimensions.Sum(d => d.RedLights));
    }
}
