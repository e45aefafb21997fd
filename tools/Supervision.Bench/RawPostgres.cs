using Npgsql;

namespace Supervision.Bench;

/// <summary>The baseline: single-row INSERT + commit into a table shaped like Marten's events table, and a jsonb read by key.</summary>
public sealed class RawPostgres(string connectionString)
{
    private readonly NpgsqlDataSource source = NpgsqlDataSource.Create(connectionString);

    private const string Payload =
        """{"taskId":"3fa85f64-5717-4562-b3fc-2c963f66afa6","reportId":"3fa85f64-5717-4562-b3fc-2c963f66afa7","period":"2026-10","progressPercent":50,"readings":[],"narrative":"基准测试","unit":"zhuji.water","reportedBy":"bench","reportedAt":"2026-11-22T00:00:00+00:00"}""";

    public async Task<double> InsertsPerSecond(int clients, TimeSpan duration)
    {
        await Execute("""
            create table if not exists public.bench_events (seq_id bigserial primary key, id uuid not null, stream_id uuid not null,
              version bigint not null, data jsonb not null, type varchar(500) not null, timestamp timestamptz not null default now(),
              tenant_id varchar not null default '*DEFAULT*', mt_dotnet_type varchar, is_archived bool default false, headers jsonb,
              unique (stream_id, version))
            """);
        var versions = new long[clients];
        var streams = Enumerable.Range(0, clients).Select(_ => Guid.NewGuid()).ToArray();
        return await Measure.Throughput(clients, duration, async client =>
        {
            await using var connection = await source.OpenConnectionAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using var insert = new NpgsqlCommand(
                "insert into public.bench_events (id, stream_id, version, data, type, headers) values ($1, $2, $3, $4::jsonb, 'progress_reported', '{}'::jsonb)",
                connection, transaction);
            insert.Parameters.Add(new() { Value = Guid.NewGuid() });
            insert.Parameters.Add(new() { Value = streams[client] });
            insert.Parameters.Add(new() { Value = ++versions[client] });
            insert.Parameters.Add(new() { Value = Payload });
            await insert.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        });
    }

    /// <summary>Selects by key of the document the API's scorecard read serves: the unit's kept totals for the year.</summary>
    public async Task<double> DocumentSelectsPerSecond(int clients, TimeSpan duration, string unit = "zhuji.construction")
    {
        var id = (string)(await Scalar(
            $"select id from supervision.mt_doc_currentunitsummary where id like 'zhuji/%/{unit}' order by length(id), id desc limit 1"))!;
        return await Measure.Throughput(clients, duration, async _ =>
        {
            await using var select = source.CreateCommand("select data from supervision.mt_doc_currentunitsummary where id = $1");
            select.Parameters.Add(new() { Value = id });
            await select.ExecuteScalarAsync();
        });
    }

    public async Task<long> EventCount() => (long)(await Scalar("select count(*) from supervision.mt_events"))!;

    private async Task Execute(string sql)
    {
        await using var command = source.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<object?> Scalar(string sql)
    {
        await using var command = source.CreateCommand(sql);
        return await command.ExecuteScalarAsync();
    }
}
