using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Security;

/// <summary>docs/security.md's authorization matrix, one test per cell.</summary>
[Collection(ApiCollection.Name)]
public class the_authorization_matrix(AppFixture app)
{
    private static readonly Lazy<List<(string Endpoint, Dictionary<string, string> Cells)>> Matrix = new(Read);

    public static TheoryData<string, string, string> Cells()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (endpoint, cells) in Matrix.Value)
            foreach (var (caller, expected) in cells) data.Add(endpoint, caller, expected);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task answers_each_caller_as_documented(string endpoint, string caller, string expected)
    {
        var world = await MatrixWorld.Build(app);
        var recipe = Recipes.For(world)[endpoint];

        var status = await MatrixRoutes.Call(app, MatrixWorld.Subjects[caller], endpoint, recipe);

        if (expected == "allow") status.ShouldBeOneOf([200, 201, 400, 409], $"{caller} on {endpoint}");
        else status.ToString().ShouldBe(expected, $"{caller} on {endpoint}");
    }

    [Fact]
    public void every_mapped_endpoint_has_a_row_and_every_row_an_endpoint() =>
        Matrix.Value.Select(r => r.Endpoint).Order().ShouldBe(MatrixRoutes.Mapped(app.Host));

    [Fact]
    public async Task every_row_has_a_request_recipe()
    {
        var recipes = Recipes.For(await MatrixWorld.Build(app));
        Matrix.Value.Select(r => r.Endpoint).Where(e => !recipes.ContainsKey(e)).ShouldBeEmpty();
    }

    private static List<(string, Dictionary<string, string>)> Read()
    {
        var lines = File.ReadAllLines(RepositoryFiles.PathOf("docs", "security.md"));
        var header = lines.First(l => l.StartsWith("| endpoint |")).Split('|', StringSplitOptions.TrimEntries)[2..^1];
        return lines.Where(l => l.StartsWith("| `"))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries)[1..^1])
            .Select(cells => (cells[0].Trim('`'), header.Zip(cells[1..]).ToDictionary(x => x.First, x => x.Second)))
            .ToList();
    }
}
