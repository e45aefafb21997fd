using System.Text.Json;
using Alba;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Workbench;

/// <summary>The OpenAPI document lets /docs send authorized requests and tells a client every refusal it can get.</summary>
[Collection(ApiCollection.Name)]
public class when_a_client_reads_the_openapi_document(AppFixture app)
{
    private async Task<JsonElement> Document() =>
        JsonDocument.Parse(await (await app.Host.Scenario(s => s.Get.Url("/openapi/v1.json"))).ReadAsTextAsync()).RootElement.Clone();

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> ApiOperations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (p.Name, o.Name.ToUpperInvariant(), o.Value)));

    [Fact]
    public async Task it_declares_the_bearer_scheme_and_every_api_operation_requires_it()
    {
        var document = await Document();

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        (scheme.GetProperty("type").GetString(), scheme.GetProperty("scheme").GetString()).ShouldBe(("http", "bearer"));
        foreach (var (path, method, operation) in ApiOperations(document))
            operation.GetProperty("security")[0].TryGetProperty("Bearer", out _).ShouldBeTrue($"{method} {path}");
    }

    [Fact]
    public async Task every_api_operation_documents_its_refusals_as_problem_json()
    {
        var document = await Document();
        var operations = ApiOperations(document).ToList();
        operations.Count.ShouldBeGreaterThan(60);

        foreach (var (path, method, operation) in operations)
        {
            var responses = operation.GetProperty("responses");
            var refusals = responses.EnumerateObject().Where(r => r.Name.StartsWith('4')).ToList();
            refusals.Select(r => r.Name).ShouldContain("401", $"{method} {path}");
            refusals.Select(r => r.Name).ShouldContain("429", $"{method} {path}");
            foreach (var refusal in refusals)
                refusal.Value.GetProperty("content").TryGetProperty("application/problem+json", out _).ShouldBeTrue($"{method} {path} {refusal.Name}");
            if (method is "POST" or "PUT")
            {
                refusals.Select(r => r.Name).ShouldContain("400", $"{method} {path}");
                refusals.Select(r => r.Name).ShouldContain("403", $"{method} {path}");
                refusals.Select(r => r.Name).ShouldContain("409", $"{method} {path}");
            }
            if (path.Contains('{')) refusals.Select(r => r.Name).ShouldContain("404", $"{method} {path}");
        }
    }
}
