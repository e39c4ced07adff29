using Microsoft.Data.Sqlite;

namespace Catalogue.Store;

/// <summary>
/// An SQLite collation that orders text as a Polish reader expects ("Łódź" after "Lublin", before "Mazowsze"),
/// which SQLite's byte order does not. Registered on every connection by <see cref="SqlitePragmasInterceptor"/>.
/// </summary>
public static class PolishCollation
{
    public const string Name = "PL";
    private static readonly CompareInfo Polish = CultureInfo.GetCultureInfo("pl-PL").CompareInfo;

    internal static void Register(SqliteConnection connection) =>
        connection.CreateCollation(Name, (x, y) => Polish.Compare(x, y, CompareOptions.IgnoreCase));
}
