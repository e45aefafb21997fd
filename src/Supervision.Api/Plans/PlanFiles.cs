using Supervision.Domain.Plans;

namespace Supervision.Api.Plans;

/// <summary>For a table (.docx or text export) the plan's own details come from the query string.</summary>
public sealed record TableImportQuery(string? PlanId, string? Jurisdiction, string? Title, DateOnly? DefaultDeadline);

/// <summary>Reads the plan document from an import request, whatever form it comes in.</summary>
public static class PlanFiles
{
    private static readonly string[] YamlTypes = ["application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml"];
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static readonly string[] AcceptedTypes = [.. YamlTypes, DocxType, "text/plain"];

    public static async Task<PlanDocument> Read(HttpRequest request, TableImportQuery query, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            var file = form.Files.GetFile("file") ?? throw new PlanFormatException("Send the plan in a multipart field named 'file'.");
            await using var stream = file.OpenReadStream();
            return await Read(stream, file.FileName, file.ContentType, query, ct);
        }
        return await Read(request.Body, null, request.ContentType ?? "", query, ct);
    }

    public static async Task<PlanDocument> Read(Stream content, string? fileName, string contentType, TableImportQuery query, CancellationToken ct)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (extension is ".yaml" or ".yml" || YamlTypes.Any(t => contentType.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
        {
            using var reader = new StreamReader(content);
            return PlanYaml.Read(await reader.ReadToEndAsync(ct));
        }
        throw new PlanFormatException(
            "Send a plan as YAML (Content-Type: application/yaml, or a .yaml file in the multipart field 'file').");
    }
}
