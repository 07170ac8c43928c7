namespace MentorGraph.GraphQL.Execution;

/// <summary>Decides when a DataLoader's waiting keys are fetched: the executor's, or a next-tick one outside a request.</summary>
public interface IBatchScheduler
{
    /// <summary>Called once when a loader gets its first waiting key since its last dispatch.</summary>
    void Schedule(IDataLoader loader);
}
