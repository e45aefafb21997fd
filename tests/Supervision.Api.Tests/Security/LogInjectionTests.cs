using Supervision.Api.Infrastructure;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Security;

[Collection(ApiCollection.Name)]
public class when_a_client_writes_line_breaks_into_logged_values(AppFixture app)
{
    private readonly string marker = $"forged-{Guid.NewGuid():N}"[..15];

    private string Forged => $"\r\n[12:00:00 INF] {marker}\u202E\u0085";

    private List<string> RenderedLinesNaming(string text)
    {
        var formatter = new ConsoleLogFormat();
        return app.Logs.Events.Select(e =>
        {
            using var writer = new StringWriter();
            formatter.Format(e, writer);
            return writer.ToString();
        }).Where(rendered => rendered.Contains(text)).ToList();
    }

    [Fact]
    public async Task a_crafted_path_and_token_subject_stay_on_the_one_line_of_each_event_escaped()
    {
        await app.Anonymous.Send(s =>
        {
            s.Get.Url("/api/plans");
            s.ConfigureHttpContext(http => http.Request.Path = $"/api/plans/{Forged}");
            s.StatusCodeShouldBe(401);
        });
        await app.As(Leader with { UserId = $"leader{Forged}" }).Raw($"/api/plans/import{UploadRequests.TableQuery}", [], "application/yaml");

        var rendered = RenderedLinesNaming(marker);
        // Such a subject names no person of the directory: the token is refused at authentication, its subject logged.
        rendered.Count(l => l.Contains("authentication refused")).ShouldBe(2);
        foreach (var line in rendered)
        {
            line.TrimEnd('\n').TrimEnd('\r').IndexOfAny(['\r', '\n', '\u202E', '\u0085']).ShouldBe(-1, line);
            line.ShouldContain($"\\r\\n[12:00:00 INF] {marker}\\u202E\\u0085");
        }
        app.Logs.Lines.Where(l => l.Contains(marker)).ShouldAllBe(l => !l.Contains('\n'));
    }

    [Fact]
    public void an_exception_message_holding_a_forged_line_is_indented_and_escaped_under_its_event()
    {
        var sink = new CapturedLogs();
        using var logger = new Serilog.LoggerConfiguration().Enrich.With<SafeLogText>().WriteTo.Sink(sink).CreateLogger();
        logger.Error(new InvalidOperationException($"bad value {Forged}"), "Failure on {Path}", "/api/x");
        using var console = new StringWriter();

        new ConsoleLogFormat().Format(sink.Events.Single(), console);

        var lines = console.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("[");
        lines.Skip(1).ShouldAllBe(l => l.StartsWith("    "));
        lines.ShouldContain(l => l.Contains($"\\u202E\\u0085") && l.Contains(marker));
    }

    [Fact]
    public void every_kind_of_value_an_event_carries_is_escaped()
    {
        var sink = new CapturedLogs();
        using var logger = new Serilog.LoggerConfiguration().Enrich.With<SafeLogText>().WriteTo.Sink(sink).CreateLogger();

        logger.Information("{Text} {Chars} {Names} {Header} {Count}", "a\nb", '\r', new[] { "x\u2028y" },
            new Dictionary<string, string> { ["k\n"] = "v\u202E" }, 3);

        var properties = sink.Events.Single().Properties;
        properties["Text"].ToString().ShouldBe("\"a\\nb\"");
        properties["Chars"].ToString().ShouldBe("\"\\r\"");
        properties["Names"].ToString().ShouldBe("[\"x\\u2028y\"]");
        properties["Header"].ToString().ShouldBe("[(\"k\\n\": \"v\\u202E\")]");
        properties["Count"].ToString().ShouldBe("3");
    }
}
