namespace MentorGraph.Api.Data.Migrations;

/// <summary>
/// One versioned schema change: the script <c>Data/Migrations/&lt;Provider&gt;/NNNN_name.sql</c>,
/// embedded in the assembly. <see cref="Checksum"/> is the SHA-256 of its text with line endings
/// normalised, so a checkout with CRLF endings does not look like an edited migration.
/// </summary>
public sealed record Migration(int Version, string Name, string Sql, string Checksum);
