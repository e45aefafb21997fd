using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Domain.Plans;
using Supervision.Domain.Plans.Importing;
using Supervision.Domain.Plans.Tables;
using Supervision.Domain.Units;

namespace Supervision.Api.Plans;

/// <summary>
/// What the import and its review share: who may send a plan (settled before a byte of the file is read; a YAML file names
/// its jurisdiction, checked again once read), the registry's units, the file read, and a document no table of which maps
/// answered with every table's headers and the roles they lack.
/// </summary>
public static class PlanUpload
{
    public static async Task<(PlanRead? Read, IResult? Problem)> Read(HttpContext http, IQuerySession session, TableImportQuery query)
    {
        if (ImportPlan.MayImport(http.User.ToActor(), query.Jurisdiction) is { } forbidden) return (null, Problems.From(forbidden));
        var units = query.Jurisdiction is null ? [] : await Tenancy.Of(session, http, query.Jurisdiction).Query<RegisteredUnit>()
            .Where(u => u.Jurisdiction == query.Jurisdiction).ToListAsync(http.RequestAborted);
        var known = UnitRules.ForMatching(units);
        try
        {
            var read = await PlanFiles.Read(http.Request, query with { KnownUnits = known }, http.RequestAborted);
            return PlanDocumentRules.JurisdictionFault(read.Document) is { } fault ? (null, Problems.From(fault)) : (read, null);
        }
        catch (PlanTableException unreadable)
        {
            return (null, Unreadable(unreadable));
        }
    }

    private static IResult Unreadable(PlanTableException e)
    {
        var errors = new Dictionary<string, string[]> { ["headers"] = [e.Message] };
        foreach (var table in e.Tables)
            errors[$"tables[{table.Table - 1}]"] = [$"{string.Join(" | ", table.Headers)}: missing {(table.Missing.Count > 0 ? string.Join(", ", table.Missing) : "nothing")}"
                + (table.Unmapped.Count > 0 ? $"; unknown {string.Join("、", table.Unmapped)}" : "")];
        return Results.ValidationProblem(errors, detail: e.Message, statusCode: StatusCodes.Status400BadRequest, title: Problems.Title(400));
    }
}
