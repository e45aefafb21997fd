using Alba;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Platform;

[Collection(ApiCollection.Name)]
public class the_platform_endpoints(AppFixture app)
{
    [Fact]
    public async Task live_and_ready_answer_without_a_token_when_postgresql_answers()
    {
        await app.Host.Scenario(s => { s.Get.Url("/health/live"); s.StatusCodeShouldBe(200); });
        await app.Host.Scenario(s => { s.Get.Url("/health/ready"); s.StatusCodeShouldBe(200); s.ContentShouldBe("Healthy"); });
    }

    [Fact]
    public async Task the_openapi_document_lists_the_task_endpoints()
    {
        var result = await app.Host.Scenario(s => { s.Get.Url("/openapi/v1.json"); s.StatusCodeShouldBe(200); });
        var document = await result.ReadAsTextAsync();
        document.ShouldContain("/api/tasks/{id}/reports");
        document.ShouldContain("/api/tasks/{id}/completion/approve");
    }

    [Fact]
    public async Task the_api_reference_page_is_served()
    {
        await app.Host.Scenario(s => { s.Get.Url("/docs/v1"); s.StatusCodeShouldBe(200); });
    }

    [Fact]
    public async Task every_response_carries_a_correlation_id_of_the_servers_making_even_when_the_caller_sends_one()
    {
        var supplied = await app.Host.Scenario(s =>
        {
            s.Get.Url("/health/live");
            s.WithRequestHeader("X-Correlation-Id", "abc-123");
        });
        var ours = supplied.Context.Response.Headers["X-Correlation-Id"].ToString();
        ours.ShouldNotBe("abc-123");
        ours.Length.ShouldBe(32);

        var generated = await app.Host.Scenario(s => s.Get.Url("/health/live"));
        generated.Context.Response.Headers["X-Correlation-Id"].ToString().Length.ShouldBe(32);
        generated.Context.Response.Headers["X-Correlation-Id"].ToString().ShouldNotBe(ours);
    }

    [Fact]
    public async Task an_unknown_route_is_a_404_problem()
    {
        await app.As(Support.People.Office).Send(s =>
        {
            s.Get.Url("/api/nowhere");
            s.StatusCodeShouldBe(404);
            s.ContentTypeShouldBe("application/problem+json");
        });
    }
}
