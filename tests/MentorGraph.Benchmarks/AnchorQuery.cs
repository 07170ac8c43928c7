namespace MentorGraph.Benchmarks;

/// <summary>The two operations of the anchor workload (issue 8).</summary>
public enum AnchorQuery
{
    /// <summary>All mentors with their programmes and organisations (Workload/mentor-directory.graphql).</summary>
    Large,

    /// <summary><c>{ mentor(id: "m1") { id displayName } }</c>, where per-request overhead dominates.</summary>
    Small,
}
