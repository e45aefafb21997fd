using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Identity;

namespace Supervision.Api.Tests.Security;

/// <summary>
/// Malformed and boundary requests, generated with FsCheck, against every write endpoint as a caller allowed to use it:
/// wrong types, missing fields, huge and negative numbers, empty and very long strings, control characters, mixed
/// scripts, SQL and script fragments, broken JSON. Never a 5xx; every refusal a problem+json; a refusal appends nothing.
/// Plan files (YAML) are fuzzed the same way in <see cref="when_plan_files_are_fuzzed"/>.
/// </summary>
[Collection(ApiCollection.Name)]
public class when_the_write_endpoints_are_fuzzed(AppFixture app)
{
    private const int PerEndpoint = 100;

    private static readonly JsonNode?[] Hostile =
    [
        JsonValue.Create(123), JsonValue.Create(-1), JsonValue.Create(0), JsonValue.Create(1e308), JsonValue.Create(-9.99e15m),
        JsonValue.Create(decimal.MaxValue), JsonValue.Create(long.MinValue), JsonValue.Create(true), null, new JsonArray(), new JsonObject(),
        new JsonArray(1, "x", null), JsonValue.Create(""), JsonValue.Create(new string('长', 20_000)), JsonValue.Create("\u0000\u0007\u001b[31m"),
        JsonValue.Create("'; drop table supervision.mt_events; --"), JsonValue.Create("<script>alert(1)</script>"),
        JsonValue.Create("漢字ABCабвعربي😀"), JsonValue.Create("2022-13-45"), JsonValue.Create("00000000-0000-0000-0000-000000000000"),
        JsonValue.Create("../../etc/passwd"), JsonValue.Create("NaN"), JsonValue.Create("9999-12-31"),
    ];

    private static readonly string[] BrokenBodies =
        ["{", "[]", "null", "\"text\"", "{\"a\":", "{{}}", "\u0000", new string('[', 5_000), "{\"period\":\"2022-06\",}", "<xml/>"];

    [Fact]
    public async Task no_request_breaks_the_server_or_leaves_a_trace_when_refused()
    {
        var world = await MatrixWorld.Build(app);
        var writes = Recipes.For(world).Where(r => r.Value.Kind == BodyKind.Json).ToList();
        var sent = 0;
        foreach (var (endpoint, recipe) in writes)
        {
            var caller = AllowedCaller(endpoint) with { UserId = $"fuzz:{endpoint}" };
            foreach (var body in Variants(recipe.Body!).Sample(PerEndpoint, PerEndpoint))
            {
                var before = await Versions(world);
                var (status, contentType) = await Send(caller, endpoint, recipe, body);
                sent++;
                status.ShouldBeLessThan(500, $"{endpoint} with {Shorten(body)}");
                if (status < 400) continue;
                contentType.ShouldStartWith("application/problem+json", Case.Sensitive, $"{endpoint} with {Shorten(body)}");
                (await Versions(world)).ShouldBe(before, $"{endpoint} refused {Shorten(body)} but appended");
            }
        }
        sent.ShouldBeGreaterThanOrEqualTo(2_000);
    }

    private static Gen<string> Variants(object valid)
    {
        var original = JsonSerializer.SerializeToNode(valid, new JsonSerializerOptions(JsonSerializerDefaults.Web))!.AsObject();
        var keys = original.Select(p => p.Key).ToArray();
        var replace = Gen.Elements(keys).SelectMany(key => Gen.Elements(Hostile).Select(value => With(original, o => o[key] = value?.DeepClone())));
        var remove = Gen.Elements(keys).Select(key => With(original, o => o.Remove(key)));
        var extra = Gen.Elements(Hostile).Select(value => With(original, o => o["injected"] = value?.DeepClone()));
        var broken = Gen.Elements(BrokenBodies);
        return Gen.Frequency((6, replace), (2, remove), (1, extra), (1, broken));
    }

    private static string With(JsonObject original, Action<JsonObject> change)
    {
        var copy = original.DeepClone().AsObject();
        change(copy);
        return copy.ToJsonString();
    }

    private async Task<(int Status, string ContentType)> Send(Actor caller, string endpoint, Recipe recipe, string body)
    {
        var result = await app.As(caller).Send(s =>
        {
            if (endpoint.StartsWith("PUT")) s.Put.Text(body).ToUrl(recipe.Path);
            else s.Post.Text(body).ToUrl(recipe.Path);
            s.WithRequestHeader("Content-Type", "application/json");
            s.IgnoreStatusCode();
        });
        return (result.Context.Response.StatusCode, result.Context.Response.ContentType ?? "");
    }

    private async Task<(long, long, long)> Versions(MatrixWorld world)
    {
        // The matrix world is 诸暨's: its tenant when jurisdictions are tenants.
        await using var session = app.QueryOf("zhuji");
        return ((await session.Events.FetchStreamStateAsync(world.Task))!.Version, (await session.Events.FetchStreamStateAsync(world.Finding))!.Version,
            (await session.Events.FetchStreamStateAsync(world.Inspection))!.Version);
    }

    /// <summary>The first caller docs/security.md lets through (an administrator's endpoint refuses others before it reads the body).</summary>
    public static Actor AllowedCaller(string endpoint)
    {
        var row = File.ReadAllLines(RepositoryFiles.PathOf("docs", "security.md")).First(l => l.StartsWith($"| `{endpoint}`"));
        var cells = row.Split('|', StringSplitOptions.TrimEntries)[2..^1];
        return MatrixWorld.Subjects.Values.Zip(cells).First(x => x.Second == "allow" && x.First is not null).First!;
    }

    private static string Shorten(string body) => body.Length > 200 ? body[..200] + "…" : body;
}
