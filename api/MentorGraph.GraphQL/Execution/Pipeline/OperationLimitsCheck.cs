namespace MentorGraph.GraphQL.Execution;

/// <summary>Runs the configured limit analyzers on a newly compiled operation.</summary>
internal sealed class OperationLimitsCheck(IReadOnlyList<OperationLimitAnalyzer> analyzers)
{
    public IReadOnlyList<GraphQLError> Check(OperationPlan plan)
    {
        List<GraphQLError>? errors = null;
        foreach (var analyzer in analyzers)
        {
            var found = analyzer(plan.Schema, plan.Document, plan.Operation);
            if (found.Count > 0)
            {
                (errors ??= []).AddRange(found);
            }
        }

        return errors ?? (IReadOnlyList<GraphQLError>)[];
    }
}
