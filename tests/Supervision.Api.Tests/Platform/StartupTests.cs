using Alba;
using Microsoft.AspNetCore.Hosting;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Platform;

public class when_the_api_starts_in_production
{
    [Fact]
    public async Task it_refuses_to_run_without_a_configured_signing_key()
    {
        var failure = await Should.ThrowAsync<InvalidOperationException>(() => AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Marten", AppFixture.ConnectionString);
        }));
        failure.Message.ShouldContain("Auth:SigningKey");
    }
}
