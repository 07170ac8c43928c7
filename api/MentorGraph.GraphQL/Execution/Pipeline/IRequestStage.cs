namespace MentorGraph.GraphQL.Execution;

/// <summary>One step of the request pipeline (document, validation, operation, variables, execution).</summary>
internal interface IRequestStage
{
    ValueTask InvokeAsync(RequestContext context);
}
