namespace MentorGraph.Api.GraphQL.Filtering;

/// <summary>The operators of a scalar's operation filter input; each is a field of that input type.</summary>
[Flags]
internal enum FilterOperators
{
    None = 0,
    Eq = 1 << 0,
    Neq = 1 << 1,
    In = 1 << 2,
    Nin = 1 << 3,
    Gt = 1 << 4,
    Gte = 1 << 5,
    Lt = 1 << 6,
    Lte = 1 << 7,
    Contains = 1 << 8,
    StartsWith = 1 << 9,
    EndsWith = 1 << 10,
    Equality = Eq | Neq | In | Nin,
    Comparison = Equality | Gt | Gte | Lt | Lte,
    Text = Equality | Contains | StartsWith | EndsWith,
}
