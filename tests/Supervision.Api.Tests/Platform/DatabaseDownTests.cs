using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Infrastructure;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Platform;

[Collection(ApiCollection.Name)]
public class when_postgresql_goes_away_under_a_running_api(AppFixture app)
{
    public static TheoryData<string, Exception> Failures => new()
    {
        { "connection refused", new Npgsql.NpgsqlException("Failed to connect to 127.0.0.1:5433", new SocketException((int)SocketError.ConnectionRefused)) },
        { "pool exhausted", new Npgsql.NpgsqlException("The connection pool has been exhausted, either raise 'Max Pool Size' or 'Timeout'") },
        { "server shutting down", new Exception("wrapped", new TimeoutException("Timeout during reading attempt")) },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task the_request_is_a_503_problem_with_retry_after_not_a_500(string failure, Exception exception)
    {
        using var scope = app.Host.Services.CreateScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider, Response = { Body = new MemoryStream() } };
        var handler = ActivatorUtilities.CreateInstance<ProblemExceptionHandler>(scope.ServiceProvider);

        (await handler.TryHandleAsync(http, exception, CancellationToken.None)).ShouldBeTrue();

        http.Response.StatusCode.ShouldBe(503, failure);
        http.Response.Headers.RetryAfter.ToString().ShouldBe("5");
        http.Response.ContentType!.ShouldStartWith("application/problem+json");
    }
}
