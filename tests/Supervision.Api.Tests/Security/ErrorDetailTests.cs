using System.Text.RegularExpressions;
using Alba;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Security;

/// <summary>
/// A refusal names the JSON field or query parameter as the caller wrote it (readings[0].value, asOf), never a .NET type,
/// a framework message ("Implicit body inferred ...") or a property's PascalCase name.
/// </summary>
[Collection(ApiCollection.Name)]
public partial class a_refusal_names_the_field_in_the_callers_terms(AppFixture app)
{
    private static readonly Domain.Identity.Actor Office = OfficeAs("error-details-office");

    [GeneratedRegex(@"System\.|Microsoft\.|Int32|Int64|Nullable|DateTimeOffset|Guid\b|Implicit body|[Pp]arameter ""|Request\b|\b[A-Z][a-z]+[A-Z]\w*\b|   at ")]
    private static partial Regex Internals();

    public static TheoryData<string, string, string> Requests() => new()
    {
        { "GET /api/findings?taskId=not-a-guid", "", "taskId" },
        { "GET /api/findings?open=maybe", "", "open" },
        { "GET /api/findings?page=2147483648", "", "page" },
        { "GET /api/scorecards?asOf=yesterday", "", "asOf" },
        { "GET /api/scorecards?ruleVersion=latest", "", "ruleVersion" },
        { "GET /api/warnings?asOf=2023-13-45", "", "asOf" },
        { "GET /api/plans/zhuji-water-saving-2022/progress?asOf=soon", "", "asOf" },
        { "POST /api/findings", "", "body" },
        { "POST /api/inspections", "{\"jurisdiction\":\"zhuji\",\"taskIds\":[\"x\"]}", "taskIds[0]" },
        { "POST /api/tasks", "{\"jurisdiction\":\"zhuji\",\"title\":\"t\",\"leadUnits\":[\"zhuji.water\"],\"deadline\":\"31/12/2022\"}", "deadline" },
        { "POST /api/tasks", "{\"jurisdiction\":\"zhuji\",\"title\":\"t\",\"leadUnits\":[\"zhuji.water\"],\"deadline\":\"2022-12-31\",\"targets\":[{\"metric\":\"m\",\"comparator\":\"atMost\",\"value\":\"high\"}]}", "targets[0].value" },
        { "POST /api/findings", "{\"severity\":\"minor, serious\"}", "severity" },
        { "POST /api/findings", "[]", "body" },
        { "POST /api/assessments/bonuses", "{\"unit\":\"zhuji.water\",\"points\":\"many\",\"reason\":\"x\"}", "points" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task a_bad_value_is_a_400_naming_it_and_nothing_of_the_framework(string request, string body, string field)
    {
        var (method, url) = (request.Split(' ')[0], request.Split(' ')[1]);
        var result = await app.As(Office).Send(s =>
        {
            if (method == "GET") s.Get.Url(url);
            else if (body.Length == 0)
            {
                s.Post.Url(url);
                s.ConfigureHttpContext(http => http.Request.ContentLength = 0);
            }
            else
            {
                s.Post.Text(body).ToUrl(url);
                s.WithRequestHeader("Content-Type", "application/json");
            }
            s.StatusCodeShouldBe(400);
        });
        var text = await result.ReadAsTextAsync();

        System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe([field]);
        Internals().Match(Readable(text)).Value.ShouldBeEmpty();
    }

    [Fact]
    public async Task a_body_of_another_content_type_is_415_saying_what_it_takes()
    {
        var result = await app.As(Office).Send(s =>
        {
            s.Post.Text("severity=minor").ToUrl("/api/findings");
            s.WithRequestHeader("Content-Type", "text/plain");
            s.StatusCodeShouldBe(415);
        });
        var text = await result.ReadAsTextAsync();

        text.ShouldContain("application/json");
        Internals().Match(Readable(text)).Value.ShouldBeEmpty();
    }

    /// <summary>The text a caller reads: the detail and messages, not the problem's own keys (traceId, correlationId).</summary>
    private static string Readable(string problem)
    {
        var root = System.Text.Json.JsonDocument.Parse(problem).RootElement;
        var messages = root.TryGetProperty("errors", out var errors)
            ? errors.EnumerateObject().SelectMany(e => e.Value.EnumerateArray().Select(m => m.GetString())) : [];
        return string.Join(" | ", messages.Prepend(root.TryGetProperty("detail", out var detail) ? detail.GetString() : "").Prepend(root.GetProperty("title").GetString()));
    }
}
