namespace MentorGraph.Benchmarks;

/// <summary>The documents the parser is measured on.</summary>
public enum ParseInput
{
    /// <summary>The anchor workload's large query (Workload/mentor-directory.graphql), about 300 bytes.</summary>
    AnchorQuery,

    /// <summary>graphql-js's schema kitchen sink (tests/MentorGraph.GraphQL.Tests/Language/Fixtures).</summary>
    KitchenSinkSchema,

    /// <summary>GitHub's public schema from <c>@octokit/graphql-schema</c>, about 1.2 MB.</summary>
    GitHubSchema,
}
