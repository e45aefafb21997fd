using System.Globalization;
using CsvHelper;
using MiniExcelLibs;

namespace Supervision.Api.Assessment;

public enum ExportFormat { Csv, Xlsx }

/// <summary>A view as a table with Chinese column headers: CSV (UTF-8 with BOM, so Excel reads Chinese) or XLSX.</summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>An export is built in memory, so it is bounded: a larger one is refused, never sent half-built.</summary>
    public const int MaxRows = 10_000;

    public static bool IsExport(string? format) => format is "csv" or "xlsx";

    public IResult ToResult(string format) =>
        Rows.Count > MaxRows
            ? Infrastructure.Problems.From(Domain.Decisions.Refusal.Invalid("format",
                $"An export holds at most {MaxRows} rows; narrow it (planId), or read the JSON pages."))
            : format == "xlsx" ? Xlsx() : Csv();

    private IResult Csv()
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var header in Headers) csv.WriteField(header);
            csv.NextRecord();
            foreach (var row in Rows)
            {
                foreach (var cell in row) csv.WriteField(cell);
                csv.NextRecord();
            }
        }
        return Results.File(buffer.ToArray(), "text/csv; charset=utf-8", $"{Name}.csv");
    }

    private IResult Xlsx()
    {
        var sheet = Rows.Select(row => (IDictionary<string, object?>)Headers.Select((h, i) => (h, row[i])).ToDictionary(x => x.h, x => x.Item2)).ToList();
        using var buffer = new MemoryStream();
        buffer.SaveAs(sheet, sheetName: Name.Length > 31 ? Name[..31] : Name);
        return Results.File(buffer.ToArray(), XlsxType, $"{Name}.xlsx");
    }
}
