using Npgsql;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Security;

[Collection(ApiCollection.Name)]
public class the_api_database_role(AppFixture app)
{
    [Fact]
    public async Task reads_and_writes_the_application_schema_and_can_change_nothing_else()
    {
        _ = app.Host;
        await AppRole.Grant("supervision");
        await using var connection = new NpgsqlConnection(AppRole.ConnectionString);
        await connection.OpenAsync();

        (await Scalar<bool>(connection, "select rolsuper from pg_roles where rolname = current_user")).ShouldBeFalse();
        (await Scalar<long>(connection, "select count(*) from supervision.mt_events")).ShouldBeGreaterThan(0);
        (await Scalar<int>(connection, "update supervision.mt_doc_supervisedplan set data = data where false returning 1")).ShouldBe(0);
        var ddl = await Should.ThrowAsync<PostgresException>(() => Scalar<int>(connection, "create table supervision.intruder (id int)"));
        ddl.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        var drop = await Should.ThrowAsync<PostgresException>(() => Scalar<int>(connection, "drop table supervision.mt_events"));
        drop.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        var elsewhere = await Should.ThrowAsync<PostgresException>(() => Scalar<int>(connection, "create table public.intruder (id int)"));
        elsewhere.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    private static async Task<T> Scalar<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default! : (T)value;
    }
}
