using System.Xml.Linq;

namespace Supervision.Bench;

/// <summary>
/// Rows of the reliability table proven in-process by the API tests (real PostgreSQL, the whole host): read from the
/// test run's TRX results, so ./supervise test and ./supervise reliability print the same table.
/// </summary>
public static class TestRows
{
    private static readonly (string Scenario, string Test)[] Rows =
    [
        ("handler keeps failing: retried, dead-lettered, admin replays", "a_handler_that_keeps_failing_is_retried_then_dead_lettered_and_replays_after_the_fix"),
        ("event fails to apply: set aside, daemon goes on, replayed", "an_event_that_fails_to_apply_sets_the_view_aside_the_daemon_goes_on_and_a_replay_after_the_fix_restores_it"),
        ("rebuild while writes continue equals a fold of all events", "a_rebuild_while_reports_keep_coming_ends_equal_to_a_fold_of_all_events"),
        ("property-based: random commands of all roles vs a model", "the_task_view_its_reports_and_its_history_equal_the_model_after_every_sequence"),
        ("pool exhausted / connection refused: 503 problem+json", "the_request_is_a_503_problem_with_retry_after_not_a_500"),
    ];

    public static IReadOnlyList<Outcome> From(string folder)
    {
        XNamespace ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
        var results = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.trx", SearchOption.AllDirectories).SelectMany(f => XDocument.Load(f).Descendants(ns + "UnitTestResult")).ToList()
            : [];
        return Rows.Select(row =>
        {
            var runs = results.Where(r => ((string?)r.Attribute("testName") ?? "").Contains(row.Test, StringComparison.Ordinal)).ToList();
            var passed = runs.Count(r => (string?)r.Attribute("outcome") == "Passed");
            var seconds = runs.Sum(r => TimeSpan.TryParse((string?)r.Attribute("duration"), out var d) ? d.TotalSeconds : 0);
            return new Outcome(row.Scenario, runs.Count > 0 && passed == runs.Count,
                runs.Count == 0 ? "no result: the API tests did not run" : $"{passed} of {runs.Count} test runs passed in {seconds:F1} s ({row.Test})");
        }).ToList();
    }
}
