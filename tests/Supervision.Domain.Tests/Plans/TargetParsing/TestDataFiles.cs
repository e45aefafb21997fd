namespace Supervision.Domain.Tests.Plans.TargetParsing;

/// <summary>
/// Where the labelled sentences live in the repository: data/plans and the held-out file next to these tests,
/// found from the folder holding Supervision.sln so the tests always read the reviewed files themselves.
/// </summary>
public static class TestDataFiles
{
    private static readonly Lazy<string> Repository = new(FindRepository);

    public static string PlansFolder => Path.Combine(Repository.Value, "data", "plans");

    public static string HeldOutFile =>
        Path.Combine(Repository.Value, "tests", "Supervision.Domain.Tests", "Plans", "TargetParsing", "heldout-targets.txt");

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Supervision.sln"))) return folder.FullName;
        }
        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds Supervision.sln.");
    }
}
