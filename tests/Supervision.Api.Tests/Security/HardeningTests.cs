using Alba;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Security;

[Collection(ApiCollection.Name)]
public class every_response_is_hardened(AppFixture app)
{
    [Fact]
    public async Task api_answers_carry_the_security_headers_and_are_never_cached()
    {
        var result = await app.As(Office).Send(s => { s.Get.Url("/api/plans"); s.StatusCodeShouldBe(200); });
        var headers = result.Context.Response.Headers;
        headers.XContentTypeOptions.ToString().ShouldBe("nosniff");
        headers.XFrameOptions.ToString().ShouldBe("DENY");
        headers.CacheControl.ToString().ShouldBe("no-store");
        headers.ContentSecurityPolicy.ToString().ShouldContain("default-src 'none'");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    [InlineData("/office/tasks")]
    [InlineData("/health/live")]
    public async Task every_page_carries_a_policy_that_lets_no_inline_script_or_eval_run_and_no_one_frame_it(string url)
    {
        var result = await app.Anonymous.Send(s => { s.Get.Url(url); s.StatusCodeShouldBe(200); });
        var policy = Directives(result.Context.Response.Headers.ContentSecurityPolicy.ToString());

        policy["script-src"].ShouldBe(["'self'"]);
        policy["default-src"].ShouldBe(["'self'"]);
        policy["frame-ancestors"].ShouldBe(["'none'"]);
        policy["object-src"].ShouldBe(["'none'"]);
        policy.Values.SelectMany(v => v).ShouldNotContain("'unsafe-eval'");
        policy["style-src"].ShouldBe(["'self'", "'unsafe-inline'"], ignoreOrder: true);
    }

    [Fact]
    public async Task the_api_reference_runs_its_one_inline_script_by_a_nonce_made_for_that_answer()
    {
        var first = await app.Anonymous.Send(s => { s.Get.Url("/docs/"); s.StatusCodeShouldBe(200); });
        var second = await app.Anonymous.Send(s => { s.Get.Url("/docs/"); s.StatusCodeShouldBe(200); });
        var scripts = Directives(first.Context.Response.Headers.ContentSecurityPolicy.ToString())["script-src"];
        var nonce = scripts.Single(s => s.StartsWith("'nonce-"))[7..^1];

        scripts.ShouldNotContain("'unsafe-inline'");
        (await first.ReadAsTextAsync()).ShouldContain($"nonce=\"{nonce}\"");
        second.Context.Response.Headers.ContentSecurityPolicy.ToString().ShouldNotContain(nonce);
    }

    private static Dictionary<string, string[]> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToDictionary(d => d[0], d => d[1..]);

    [Fact]
    public async Task a_refusal_is_hardened_too()
    {
        var result = await app.Anonymous.Send(s => { s.Get.Url("/api/plans"); s.StatusCodeShouldBe(401); });
        result.Context.Response.Headers.XContentTypeOptions.ToString().ShouldBe("nosniff");
    }

    [Fact]
    public async Task cors_is_closed_when_no_origin_is_configured()
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Get.Url("/health/live");
            s.WithRequestHeader("Origin", "https://evil.example");
        });
        result.Context.Response.Headers.ContainsKey("Access-Control-Allow-Origin").ShouldBeFalse();
    }
}

[Collection(ApiCollection.Name)]
public class when_one_user_floods_the_api(AppFixture app)
{
    [Fact]
    public async Task that_user_gets_429_with_retry_after_while_others_are_served()
    {
        var flooder = app.As(Department(WaterBureau) with { UserId = "flooding-client" });
        var statuses = new List<int>();
        for (var i = 0; i <= AppFixture.RateLimitPerMinute; i++)
        {
            var result = await flooder.Send(s => { s.Get.Url("/api/units"); s.IgnoreStatusCode(); });
            statuses.Add(result.Context.Response.StatusCode);
            if (result.Context.Response.StatusCode == 429)
            {
                result.Context.Response.Headers.RetryAfter.ToString().ShouldNotBeEmpty();
                result.Context.Response.ContentType!.ShouldStartWith("application/problem+json");
                break;
            }
        }

        statuses[^1].ShouldBe(429);
        statuses.Count.ShouldBe(AppFixture.RateLimitPerMinute + 1);
        await app.As(Department(WaterBureau) with { UserId = "patient-colleague" }).Get("/api/units");
    }
}

[Collection(ApiCollection.Name)]
public class when_a_write_carries_fields_the_caller_may_not_set(AppFixture app)
{
    public static TheoryData<string> JsonWrites() =>
        [.. Recipes.For(new MatrixWorld(Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty, "2030", "dev:nobody"))
            .Where(r => r.Value.Kind == BodyKind.Json).Select(r => r.Key)];

    [Theory]
    [MemberData(nameof(JsonWrites))]
    public async Task they_are_refused_and_nothing_is_appended(string endpoint)
    {
        var world = await MatrixWorld.Build(app);
        var recipe = Recipes.For(world)[endpoint];
        var body = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(recipe.Body,
            new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)))!.AsObject();
        body["status"] = "closed";
        body["score"] = 100;
        body["actor"] = "zhuji-office-1";
        body["jurisdictionCode"] = "yiwu";
        var before = await app.VersionOf(world.Task);

        var status = await MatrixRoutes.Call(app, when_the_write_endpoints_are_fuzzed.AllowedCaller(endpoint), endpoint, recipe with { Body = body });

        status.ShouldBe(400);
        (await app.VersionOf(world.Task)).ShouldBe(before);
    }
}

[Collection(ApiCollection.Name)]
public class the_logs(AppFixture app)
{
    [Fact]
    public async Task never_hold_a_token_the_signing_key_or_a_password_but_do_record_refusals()
    {
        var token = app.TokenFor(Office);
        await app.As(Office).Get("/api/plans");
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/api/plans");
            s.WithRequestHeader("Authorization", $"Bearer {token}x");
            s.StatusCodeShouldBe(401);
        });
        await app.As(Leader).Post("/api/tasks", TaskStories.NewTask(), 403);

        var logs = string.Join("\n", app.Logs.Lines);
        logs.ShouldNotContain(token[..40]);
        logs.ShouldNotContain(AppFixture.SigningKey);
        logs.ShouldNotContain("Password=", Case.Insensitive);
        app.Logs.Lines.ShouldContain(l => l.StartsWith("Security: \"authentication refused\""));
        app.Logs.Lines.ShouldContain(l => l.StartsWith("Security: \"access refused\"") && l.Contains("zhuji-leader-1"));
    }
}

[Collection(ApiCollection.Name)]
public class list_endpoints_page_their_results(AppFixture app)
{
    [Fact]
    public async Task a_page_is_capped_and_the_total_is_reported()
    {
        var all = (await app.As(Office).Get("/api/plans/zhuji-water-saving-2022/tasks")).GetArrayLength();
        var page = await app.As(Office).Send(s => { s.Get.Url("/api/plans/zhuji-water-saving-2022/tasks?page=2&pageSize=20"); s.StatusCodeShouldBe(200); });
        page.Context.Response.Headers["X-Total-Count"].ToString().ShouldBe(all.ToString());
        all.ShouldBeGreaterThanOrEqualTo(45);
        System.Text.Json.JsonDocument.Parse(await page.ReadAsTextAsync()).RootElement.GetArrayLength().ShouldBe(20);

        var problem = await app.As(Office).Get("/api/plans/zhuji-water-saving-2022/tasks?pageSize=100000", 400);
        problem.GetProperty("errors").TryGetProperty("pageSize", out _).ShouldBeTrue();
        await app.As(Office).Get("/api/findings?page=0", 400);
    }
}
