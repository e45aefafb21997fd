using Alba;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Platform;

[Collection(ApiCollection.Name)]
public class when_a_request_has_no_valid_token(AppFixture app)
{
    [Fact]
    public async Task no_token_is_a_401_problem()
    {
        await app.Anonymous.Send(s =>
        {
            s.Get.Url($"/api/tasks/{Guid.NewGuid()}");
            s.StatusCodeShouldBe(401);
            s.ContentTypeShouldBe("application/problem+json");
        });
    }

    [Fact]
    public async Task a_garbage_token_is_401()
    {
        await app.Host.Scenario(s =>
        {
            s.Post.Json(TaskStories.NewTask()).ToUrl("/api/tasks");
            s.WithRequestHeader("Authorization", "Bearer not.a.token");
            s.StatusCodeShouldBe(401);
        });
    }

    [Fact]
    public async Task a_token_without_a_jurisdiction_is_401()
    {
        var token = app.TokenFor(Office with { Jurisdiction = "" });
        await app.Host.Scenario(s =>
        {
            s.Get.Url($"/api/tasks/{Guid.NewGuid()}");
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.StatusCodeShouldBe(401);
        });
    }
}
