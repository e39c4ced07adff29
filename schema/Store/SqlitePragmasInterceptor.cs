using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Catalogue.Store;

/// <summary>
/// Sets the per-connection SQLite settings every time a connection opens: WAL so that readers never wait for the
/// writer, NORMAL sync (safe with WAL, far faster than FULL), a busy timeout so that a second writer waits instead of
/// failing, and foreign keys, which SQLite leaves off unless asked.
/// </summary>
internal sealed class SqlitePragmasInterceptor : DbConnectionInterceptor
{
    private const string Pragmas =
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection sqlite) PolishCollation.Register(sqlite);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is SqliteConnection sqlite) PolishCollation.Register(sqlite);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
