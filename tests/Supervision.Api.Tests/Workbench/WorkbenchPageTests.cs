using System.Text.Json;
using Alba;

namespace Supervision.Api.Tests.Workbench;

/// <summary>The workbench's pages: routed in the browser, served under a policy that allows no inline script and no framing.</summary>
[Collection(DevelopmentCollection.Name)]
public class when_a_browser_opens_a_page_of_the_workbench(DevelopmentOnLoopback dev)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/department/inbox")]
    [InlineData("/office/tasks/8b0c3a51-8d1e-4a7e-9a55-0d1a1b0c2d3e")]
    public async Task any_page_path_serves_the_app(string path)
    {
        var page = await dev.Host.Scenario(s => { s.Get.Url(path); s.StatusCodeShouldBe(200); });

        (await page.ReadAsTextAsync()).ShouldBe(WorkbenchHosts.Page);
    }

    [Fact]
    public async Task the_page_forbids_inline_script_eval_and_framing()
    {
        var page = await dev.Host.Scenario(s => s.Get.Url("/leader"));

        var policy = page.Context.Response.Headers.ContentSecurityPolicy.ToString();
        policy.ShouldContain("script-src 'self';");
        policy.ShouldNotContain("unsafe-eval");
        policy.ShouldContain("frame-ancestors 'none'");
        policy.ShouldContain("object-src 'none'");
        page.Context.Response.Headers.XFrameOptions.ToString().ShouldBe("DENY");
    }

    [Theory]
    [InlineData("/api/no-such-thing")]
    [InlineData("/auth/no-such-thing")]
    [InlineData("/assets/missing.js")]
    public async Task api_paths_and_missing_files_stay_404(string path)
    {
        var answer = await dev.Host.Scenario(s => { s.Get.Url(path); s.StatusCodeShouldBe(404); });
        (await answer.ReadAsTextAsync()).ShouldNotContain("<html");
    }

    [Fact]
    public async Task a_write_to_a_page_path_is_not_the_app()
    {
        var answer = await dev.Host.Scenario(s => { s.Post.Json(new { }).ToUrl("/department/inbox"); s.IgnoreStatusCode(); });
        answer.Context.Response.StatusCode.ShouldNotBe(200);
        (await answer.ReadAsTextAsync()).ShouldNotContain("<html");
    }

    [Fact]
    public async Task the_api_keeps_its_own_stricter_policy()
    {
        var answer = await dev.Host.Scenario(s => { s.Get.Url("/api/inbox"); s.StatusCodeShouldBe(401); });
        answer.Context.Response.Headers.ContentSecurityPolicy.ToString().ShouldBe("default-src 'none'; frame-ancestors 'none'");
        JsonDocument.Parse(await answer.ReadAsTextAsync()).RootElement.GetProperty("status").GetInt32().ShouldBe(401);
    }
}
