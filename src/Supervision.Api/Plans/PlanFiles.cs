using Supervision.Api.Plans.Tables;
using Supervision.Api.Uploads;
using Supervision.Domain;
using Supervision.Domain.Plans;
using Supervision.Domain.Plans.Tables;

namespace Supervision.Api.Plans;

/// <summary>
/// For a table (.docx or text export) the plan's own details come from the query string: its jurisdiction and title; its
/// default deadline (else the end of the first year its targets name), its id (else derived from both, docs/plan-format.md),
/// its issue date (its tasks are assigned at it), and whether the office accepts the units the table proposes.
/// </summary>
public sealed record TableImportQuery(string? PlanId, string? Jurisdiction, string? Title, DateOnly? DefaultDeadline, DateOnly? IssuedOn,
    bool? AcceptProposedUnits)
{
    /// <summary>The jurisdiction's registered units, so names in the table resolve to existing ids.</summary>
    public IReadOnlyList<UnitDefinition> KnownUnits { get; init; } = [];
}

/// <summary>A plan as read from an import request: the document, the table and mapping it came from, and the units it proposes.</summary>
public sealed record PlanRead(PlanDocument Document, TableMatch? Table, IReadOnlyList<UnitProposal> ProposedUnits);

/// <summary>Reads the plan document from an import request, whatever form it comes in.</summary>
public static class PlanFiles
{
    private static readonly string[] YamlTypes = ["application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml"];
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static readonly string[] AcceptedTypes = [.. YamlTypes, DocxType, "text/plain"];

    /// <summary>
    /// A YAML plan or a table's text is at most 2 MiB, some fifty times the largest seed plan (44 KB), so that what a file
    /// can put into the store is bounded before its rules are read. A Word file carries its styles and pictures too, so it
    /// has the whole 10 MiB of a request.
    /// </summary>
    public const int MaxTextBytes = 2 * 1024 * 1024;

    public static async Task<PlanRead> Read(HttpRequest request, TableImportQuery query, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            var file = await UploadForm.File(request, ct);
            await using var stream = file.OpenReadStream();
            return await Read(stream, file.FileName, file.ContentType, query, ct);
        }
        return await Read(request.Body, null, request.ContentType ?? "", query, ct);
    }

    public static async Task<PlanRead> Read(Stream content, string? fileName, string contentType, TableImportQuery query, CancellationToken ct)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (extension is ".yaml" or ".yml" || YamlTypes.Any(t => contentType.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
            return new PlanRead(PlanYaml.Read(await Text(content, "A YAML plan", ct)), null, []);
        if (extension == ".docx" || contentType.StartsWith(DocxType, StringComparison.OrdinalIgnoreCase))
        {
            RequireTableDetails(query);
            if (content.CanSeek) return FromTable(DocxTables.Find(content), query);
            // A raw request body: buffered once (the endpoint's body limit bounds it), since a zip is read from its end.
            using var buffer = new MemoryStream();
            await content.CopyToAsync(buffer, ct);
            return FromTable(DocxTables.Find(buffer), query);
        }
        if (extension == ".txt" || contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            RequireTableDetails(query);
            return FromTable(TableText.Read(await Text(content, "A table text export", ct)), query);
        }
        throw new PlanFormatException(
            "Send a plan as YAML (application/yaml or a .yaml file), a Word table (.docx) or a table text export (.txt, text/plain).");
    }

    /// <summary>
    /// The file as text (UTF-8 unless a byte order mark says otherwise), read no further than the format's bound. PostgreSQL
    /// keeps no NUL in text: one is refused here, with the file named, instead of failing the append.
    /// </summary>
    private static async Task<string> Text(Stream content, string what, CancellationToken ct)
    {
        var bytes = new MemoryStream();
        var chunk = new byte[81_920];
        for (int read; (read = await content.ReadAsync(chunk, ct)) > 0;)
        {
            if (bytes.Length + read > MaxTextBytes)
                throw new PlanFormatException($"{what} may be at most {MaxTextBytes / 1024 / 1024} MiB.", StatusCodes.Status413PayloadTooLarge);
            bytes.Write(chunk, 0, read);
        }
        bytes.Position = 0;
        using var reader = new StreamReader(bytes);
        var text = await reader.ReadToEndAsync(ct);
        return text.Contains('\0') ? throw new PlanFormatException("The file holds a NUL character (U+0000).") : text;
    }

    /// <summary>A table names no plan, so its jurisdiction and title come from the query; known units come from the registry.</summary>
    private static void RequireTableDetails(TableImportQuery query)
    {
        if (string.IsNullOrWhiteSpace(query.Jurisdiction) || string.IsNullOrWhiteSpace(query.Title))
            throw new PlanFormatException(
                "A table import needs ?jurisdiction=&title= (and optionally &planId=, &defaultDeadline=2022-12-31, &issuedOn=2020-05-19).");
    }

    /// <summary>
    /// The default deadline is the end of the plan's first target year (or of this year, when no target names one), and
    /// the id follows from it by the one rule of <see cref="PlanConventions.PlanId"/> unless the office names its own.
    /// </summary>
    private static PlanRead FromTable((PlanTable Table, TableMatch Match) found, TableImportQuery query)
    {
        var deadline = query.DefaultDeadline
            ?? (PlanTableReader.FirstTargetYear(found.Table) is { } year && InputLimits.IsBusinessYear(year) ? new DateOnly(year, 12, 31)
                : new DateOnly(DateTime.UtcNow.Year, 12, 31));
        var id = string.IsNullOrWhiteSpace(query.PlanId) ? PlanConventions.PlanId(query.Jurisdiction!, deadline) : query.PlanId;
        var document = PlanTableReader.Read(found.Table, new TableImportOptions(id, query.Jurisdiction!, query.Title!, deadline, query.KnownUnits)
        {
            IssuedOn = query.IssuedOn,
        });
        return new PlanRead(document, found.Match, UnitProposals.Of(document, query.KnownUnits));
    }
}
