namespace MentorGraph.GraphQL.Execution;

/// <summary>A DataLoader as its scheduler sees it.</summary>
public interface IDataLoader
{
    /// <summary>Starts fetching every key requested since the last dispatch, in batches.</summary>
    void Dispatch();

    /// <summary>Makes the given scheduler (the request's) decide when this loader dispatches.</summary>
    void UseScheduler(IBatchScheduler scheduler);
}
