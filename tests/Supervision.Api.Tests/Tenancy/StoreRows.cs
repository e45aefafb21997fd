using Npgsql;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Tenancy;

/// <summary>
/// A schema's streams, events and documents as PostgreSQL holds them, each row as JSON without its tenant: what a move to
/// tenants must leave as it was.
/// </summary>
public sealed record StoreRows(
    IReadOnlyDictionary<string, string> Streams, IReadOnlyDictionary<string, string> Events, IReadOnlyDictionary<string, string> Documents)
{
    public static async Task<StoreRows> Read(string schema)
    {
        await using var connection = new NpgsqlConnection(AppFixture.ConnectionString);
        await connection.OpenAsync();
        var streams = await Rows(connection, $"select id::text, (to_jsonb(s) - 'tenant_id')::text from {schema}.mt_streams s");
        var events = await Rows(connection, $"select seq_id::text, (to_jsonb(e) - 'tenant_id')::text from {schema}.mt_events e");
        var tables = await Rows(connection,
            $"select table_name, table_name from information_schema.tables where table_schema = '{schema}' and table_name like 'mt_doc_%'");
        var documents = new Dictionary<string, string>();
        foreach (var table in tables.Keys)
            foreach (var (id, data) in await Rows(connection, $"select id::text, data::text from {schema}.{table}"))
                documents[$"{table}/{id}"] = data;
        return new StoreRows(streams, events, documents);
    }

    /// <summary>The tenant each row of a table is kept under, by id.</summary>
    public static async Task<Dictionary<string, string>> Tenants(string schema, string table, string idColumn = "id")
    {
        await using var connection = new NpgsqlConnection(AppFixture.ConnectionString);
        await connection.OpenAsync();
        return await Rows(connection, $"select {idColumn}::text, tenant_id from {schema}.{table}");
    }

    private static async Task<Dictionary<string, string>> Rows(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new Dictionary<string, string>();
        while (await reader.ReadAsync()) rows[reader.GetString(0)] = reader.GetString(1);
        return rows;
    }
}
