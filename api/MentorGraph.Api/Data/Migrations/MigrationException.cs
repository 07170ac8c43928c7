namespace MentorGraph.Api.Data.Migrations;

/// <summary>The database and this build's migrations disagree; nothing was changed.</summary>
public sealed class MigrationException(string message) : Exception(message);
