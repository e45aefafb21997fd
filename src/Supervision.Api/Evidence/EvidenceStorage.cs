using Marten;
using Npgsql;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Supervision.Api.Evidence;

/// <summary>Evidence bytes in PostgreSQL (the default store), in a table Marten creates and migrates with the rest.</summary>
public static class EvidenceStorage
{
    public const string TableName = "evidence_content";

    public static void AddEvidenceTable(this StoreOptions options)
    {
        var table = new Table(new PostgresqlObjectName(options.DatabaseSchemaName, TableName, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<Guid>("id").AsPrimaryKey();
        table.AddColumn("content", "bytea").NotNull();
        options.Storage.ExtendedSchemaObjects.Add(table);
    }

    /// <summary>Queued in the session, so the bytes commit with the EvidenceUploaded event or not at all.</summary>
    public static void StoreContent(this IDocumentSession session, Guid id, byte[] content) =>
        session.QueueSqlCommand($"insert into {session.DocumentStore.Options.DatabaseSchemaName}.{TableName} (id, content) values (?, ?)",
            id, content);

    public static async Task<byte[]?> LoadContent(this IQuerySession session, Guid id, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"select content from {session.DocumentStore.Options.DatabaseSchemaName}.{TableName} where id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Connection = (NpgsqlConnection)session.Connection!;
        return await command.ExecuteScalarAsync(ct) as byte[];
    }
}
