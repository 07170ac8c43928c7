namespace MentorGraph.Api.Data.Providers;

/// <summary>One column as the database's catalog describes it.</summary>
public sealed record DatabaseColumn(string Table, string Column, string StoreType, bool IsNullable);
