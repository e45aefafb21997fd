namespace Supervision.Api.Tests.Support;

/// <summary>Files of the repository (data/plans ...), found from the test assembly by walking up to Supervision.sln.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Supervision.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Supervision.sln not found above " + AppContext.BaseDirectory);
    }
}
