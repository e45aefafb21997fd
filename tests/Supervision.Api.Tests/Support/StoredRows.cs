using Npgsql;

namespace Supervision.Api.Tests.Support;

/// <summary>Stored data changed behind the API's back, as a bad migration or a hand edit would, and put back afterwards.</summary>
public static class StoredRows
{
    /// <summary>Damages one stored row's column in place, and repairs it to what it was (at the latest when the test ends).</summary>
    public static async Task<Damaged> Damage<TKey>(string table, string key, TKey id, string column, string damaged)
    {
        var connection = new NpgsqlConnection(AppFixture.ConnectionString);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand($"select {column}::text from supervision.{table} where {key} = @id", connection);
        read.Parameters.AddWithValue("id", id!);
        var original = (string)(await read.ExecuteScalarAsync())!;
        await using var write = new NpgsqlCommand($"update supervision.{table} set {column} = {damaged} where {key} = @id", connection);
        write.Parameters.AddWithValue("id", id!);
        (await write.ExecuteNonQueryAsync()).ShouldBe(1);
        return new Damaged(connection, $"update supervision.{table} set {column} = @original::jsonb where {key} = @id", original, id!);
    }

    public static async Task<T> Scalar<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(AppFixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default! : (T)value;
    }

    public sealed class Damaged(NpgsqlConnection connection, string repair, string original, object id) : IAsyncDisposable
    {
        private bool repaired;

        public async Task Repair()
        {
            if (repaired) return;
            await using var command = new NpgsqlCommand(repair, connection);
            command.Parameters.AddWithValue("original", original);
            command.Parameters.AddWithValue("id", id);
            await command.ExecuteNonQueryAsync();
            repaired = true;
        }

        public async ValueTask DisposeAsync()
        {
            await Repair();
            await connection.DisposeAsync();
        }
    }
}
