namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// A variable used as the <c>if</c> of <c>@skip</c> or <c>@include</c> (spec 3.13.1, 3.13.2).
/// Each such variable is one bit of the flags that select a compiled variant of the plan;
/// conditions written as literals are decided once, at compile time.
/// </summary>
internal sealed record IncludeCondition(string VariableName, int Bit);
