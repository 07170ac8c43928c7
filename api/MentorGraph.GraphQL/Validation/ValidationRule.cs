namespace MentorGraph.GraphQL.Validation;

/// <summary>
/// A validation rule: makes the visitor that checks one document. A new visitor is made for
/// each validation, so it may keep state for the walk.
/// </summary>
public delegate ValidationVisitor ValidationRule(ValidationContext context);
