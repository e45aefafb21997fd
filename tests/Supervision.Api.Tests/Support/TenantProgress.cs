namespace Supervision.Api.Tests.Support;

/// <summary>
/// The daemon's progress when every jurisdiction is a tenant: each has its own sequence and progress row
/// (CurrentAssessment:All:zhuji), which Marten's own wait for non-stale data does not look at.
/// </summary>
public static class TenantProgress
{
    /// <summary>Until every jurisdiction's current-assessment agent has taken in its partition's last event.</summary>
    public static Task CaughtUp(string connectionString, string schema, int seconds = 60) => Eventually.True(async () =>
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var behind = new Npgsql.NpgsqlCommand($"""
            select count(*) from (select tenant_id, max(seq_id) as last from {schema}.mt_events group by tenant_id) m
            left join {schema}.mt_event_progression p on p.name = 'CurrentAssessment:All:' || m.tenant_id
            where coalesce(p.last_seq_id, 0) < m.last
            """, connection);
        return (long)(await behind.ExecuteScalarAsync())! == 0;
    }, "every jurisdiction's current views caught up", seconds);
}
