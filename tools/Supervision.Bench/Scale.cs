using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;
using NpgsqlTypes;

namespace Supervision.Bench;

/// <summary>
/// The figures that need a large store, made by ./supervise demo: import (the demo's events/s) against a binary COPY of
/// the same event rows, the daemon's catch-up, an as-of scorecard, and current scorecard reads against a raw SELECT of
/// the same document by key.
/// </summary>
public sealed class Scale(BenchOptions options, ApiClient api, double demoEventsPerSecond)
{
    public async Task<Dictionary<string, object?>> Run()
    {
        var results = new Dictionary<string, object?>();
        var events = await Scalar<long>("select count(*) from supervision.mt_events");
        var copy = await Measure.Median(3, CopyRowsPerSecond);
        results["scaleEventsStored"] = events;
        results["demoEventsPerSecond"] = Math.Round(demoEventsPerSecond, 1);
        results["copyRowsPerSecond"] = Math.Round(copy, 1);
        results["importVsCopy"] = Math.Round(demoEventsPerSecond / copy, 3);

        var asOf = new List<double>();
        for (var i = 0; i < 5; i++) asOf.Add(await api.MillisecondsFor("/api/scorecards?jurisdiction=zhuji&period=2021&asOf=2021-12-31T12:00:00%2B08:00"));
        results["asOfScorecardMs"] = Math.Round(asOf.Order().ElementAt(2), 1);

        await api.BeginToday("zhuji");
        results["currentViewReadySeconds"] = Math.Round(await api.SecondsUntilCurrentViewAnswers("zhuji", TimeSpan.FromMinutes(40)), 1);
        var runs = new List<(double Reads, double P99)>();
        for (var i = 0; i < 3; i++) runs.Add(await api.ScorecardReads(16, options.Duration, "zhuji.water"));
        var (reads, p99) = runs.OrderBy(r => r.Reads).ElementAt(1);
        var raw = await Measure.Median(3, () => RawCurrentViewSelectsPerSecond(16, options.Duration));
        results["scorecardReadPerSecondAtScale"] = Math.Round(reads, 1);
        results["rawSelectPerSecondAtScale"] = Math.Round(raw, 1);
        results["scorecardReadVsRawSelectAtScale"] = Math.Round(reads / raw, 3);
        results["scorecardP99MsAtScale"] = Math.Round(p99, 1);
        return results;
    }

    /// <summary>The same event rows (id, stream, version, data, type, headers) written with binary COPY into a table shaped like mt_events.</summary>
    private async Task<double> CopyRowsPerSecond()
    {
        await using var source = NpgsqlDataSource.Create(options.RawConnection);
        await using (var create = source.CreateCommand("""
            drop table if exists public.bench_copy;
            create table public.bench_copy (seq_id bigserial primary key, id uuid not null, stream_id uuid not null, version bigint not null,
              data jsonb not null, type varchar(500) not null, timestamp timestamptz not null default now(), headers jsonb, unique (stream_id, version))
            """))
            await create.ExecuteNonQueryAsync();
        var rows = new List<(Guid Id, Guid Stream, long Version, string Data, string Type, string Headers)>();
        await using (var select = source.CreateCommand("select id, stream_id, version, data::text, type, coalesce(headers::text, '{}') from supervision.mt_events"))
        await using (var reader = await select.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                rows.Add((reader.GetGuid(0), reader.GetGuid(1), reader.GetInt64(2), reader.GetString(3), reader.GetString(4), reader.GetString(5)));
        var stopwatch = Stopwatch.StartNew();
        await using (var connection = await source.OpenConnectionAsync())
        await using (var writer = await connection.BeginBinaryImportAsync(
                         "copy public.bench_copy (id, stream_id, version, data, type, headers) from stdin (format binary)"))
        {
            foreach (var row in rows)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(row.Id, NpgsqlDbType.Uuid);
                await writer.WriteAsync(row.Stream, NpgsqlDbType.Uuid);
                await writer.WriteAsync(row.Version, NpgsqlDbType.Bigint);
                await writer.WriteAsync(row.Data, NpgsqlDbType.Jsonb);
                await writer.WriteAsync(row.Type, NpgsqlDbType.Varchar);
                await writer.WriteAsync(row.Headers, NpgsqlDbType.Jsonb);
            }
            await writer.CompleteAsync();
        }
        var seconds = stopwatch.Elapsed.TotalSeconds;
        await using (var drop = source.CreateCommand("drop table public.bench_copy")) await drop.ExecuteNonQueryAsync();
        return rows.Count / seconds;
    }

    private async Task<double> RawCurrentViewSelectsPerSecond(int clients, TimeSpan duration)
    {
        await using var source = NpgsqlDataSource.Create(options.RawConnection);
        var id = await Scalar<string>("select id from supervision.mt_doc_currentunitsummary where id like 'zhuji/%/zhuji.water' order by id limit 1");
        return await Measure.Throughput(clients, duration, async _ =>
        {
            await using var select = source.CreateCommand("select data from supervision.mt_doc_currentunitsummary where id = $1");
            select.Parameters.Add(new() { Value = id });
            await select.ExecuteScalarAsync();
        });
    }

    private async Task<T> Scalar<T>(string sql)
    {
        await using var source = NpgsqlDataSource.Create(options.RawConnection);
        await using var command = source.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static async Task Merge(string path, Dictionary<string, object?> results)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var existing = File.Exists(path) ? JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject() : new JsonObject();
        foreach (var (key, value) in results) existing[key] = JsonSerializer.SerializeToNode(value);
        await File.WriteAllTextAsync(path, existing.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
