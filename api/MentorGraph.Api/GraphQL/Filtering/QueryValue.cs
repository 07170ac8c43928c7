using System.Linq.Expressions;

namespace MentorGraph.Api.GraphQL.Filtering;

/// <summary>
/// A value from the request put into a query as EF would put a captured variable: a member of a
/// constant object, which EF sends as a SQL parameter. A plain constant would be inlined into the
/// SQL text, and each distinct value would compile and cache another query.
/// </summary>
internal static class QueryValue
{
    public static Expression Of(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), nameof(Holder<object>.Value));
    }

    private sealed class Holder<T>(T value)
    {
        public T Value { get; } = value;
    }
}
