using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace MentorGraph.Api.Data.Seeding;

/// <summary>
/// Writes many new rows with multi-row INSERT statements, bypassing EF's change tracker (which
/// dominates the cost of seeding tens of thousands of rows). Column names, value conversions
/// and parameter types all come from the EF model, so rows are stored exactly as EF stores them.
/// </summary>
public static class BulkInsert
{
    /// <summary>
    /// SQLite's historical parameter limit. Larger statements are slower, not faster:
    /// Microsoft.Data.Sqlite finds each parameter by name in a list, quadratic in their number.
    /// </summary>
    private const int MaxParametersPerStatement = 999;

    private const int MaxRowsPerStatement = 200;

    /// <summary>Inserts <paramref name="rows"/> in the context's current transaction; returns the number of rows written.</summary>
    public static async Task<int> InsertAsync<T>(MentorGraphDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity.");
        var sqlHelper = db.GetService<ISqlGenerationHelper>();
        var properties = entityType.GetProperties().ToList();
        var mappings = properties.Select(p => p.GetRelationalTypeMapping()).ToList();
        var getters = properties.Select(p => p.GetGetter()).ToList();
        var columns = string.Join(", ", properties.Select(p => sqlHelper.DelimitIdentifier(p.GetColumnName())));
        var insert = $"INSERT INTO {sqlHelper.DelimitIdentifier(entityType.GetTableName()!)} ({columns}) VALUES ";
        var rowsPerStatement = Math.Min(MaxRowsPerStatement, MaxParametersPerStatement / properties.Count);

        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        for (var start = 0; start < rows.Count; start += rowsPerStatement)
        {
            var count = Math.Min(rowsPerStatement, rows.Count - start);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder(insert);
            for (var row = 0; row < count; row++)
            {
                sql.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < properties.Count; column++)
                {
                    var name = $"p{row}_{column}";
                    sql.Append(column == 0 ? "" : ", ").Append(sqlHelper.GenerateParameterNamePlaceholder(name));
                    var value = getters[column].GetClrValueUsingContainingEntity(rows[start + row]);
                    command.Parameters.Add(mappings[column].CreateParameter(command, sqlHelper.GenerateParameterName(name), value, properties[column].IsNullable));
                }

                sql.Append(')');
            }

            command.CommandText = sql.Append(';').ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return rows.Count;
    }
}
