namespace MentorGraph.Api.GraphQL.Mutations;

/// <summary>
/// What a mutation's resolver returns: the result, or the domain errors that prevented it. Both
/// convert implicitly, so a resolver reads <c>return registration;</c> or <c>return new NotFoundError(id);</c>.
/// </summary>
public sealed class MutationResult<T>
{
    private MutationResult(T? value, IReadOnlyList<DomainError> errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    public IReadOnlyList<DomainError> Errors { get; }

    public bool IsSuccess => Errors.Count == 0;

    public static MutationResult<T> Success(T value) => new(value, []);

    public static MutationResult<T> Failure(IEnumerable<DomainError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var list = errors.ToList();
        return list.Count == 0
            ? throw new ArgumentException("A failure needs at least one error.", nameof(errors))
            : new MutationResult<T>(default, list);
    }

    public static MutationResult<T> Failure(params DomainError[] errors) => Failure((IEnumerable<DomainError>)errors);

#pragma warning disable CA2225 // Success and Failure are the named alternatives.
    public static implicit operator MutationResult<T>(T value) => Success(value);

    public static implicit operator MutationResult<T>(DomainError error) => Failure(error);
#pragma warning restore CA2225
}
