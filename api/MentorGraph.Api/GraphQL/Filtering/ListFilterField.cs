using System.Linq.Expressions;
using MentorGraph.GraphQL.Types.Builders;

namespace MentorGraph.Api.GraphQL.Filtering;

/// <summary>
/// A collection of other entities: <c>languages: { some: { code: { eq: "ar" } } }</c>, with
/// <c>some</c>, <c>all</c>, <c>none</c> and <c>any</c>, which EF translates to EXISTS subqueries.
/// </summary>
internal sealed class ListFilterField<TElement>(string name, string? description, MemberSelector selector, IFilterDefinition elementFilter)
    : FilterField(name, description)
{
    public override string InputTypeName => elementFilter.TypeName + "ListFilterInput";

    public override void AddTypes(SchemaBuilder builder)
    {
        elementFilter.AddTypes(builder);
        ConventionTypes.Once(builder, InputTypeName, b => b.InputType(InputTypeName, input => input
            .Description($"Conditions on a list of {elementFilter.TypeName} values.")
            .Field("some", elementFilter.InputTypeName, f => f.Description("At least one element matches."))
            .Field("all", elementFilter.InputTypeName, f => f.Description("Every element matches (true of an empty list)."))
            .Field("none", elementFilter.InputTypeName, f => f.Description("No element matches."))
            .Field("any", "Boolean", f => f.Description("true: the list has elements; false: it is empty."))));
    }

    public override Expression Build(Expression entity, object value, FilterScope scope)
    {
        var list = selector.Apply(entity);
        var nested = scope.Nested();
        var conditions = new List<Expression>();
        foreach (var (operation, operand) in (IReadOnlyDictionary<string, object?>)value)
        {
            if (operand is null)
            {
                continue;
            }

            conditions.Add(operation switch
            {
                "some" => Call(nameof(Enumerable.Any), list, Element(operand, nested)),
                "all" => Call(nameof(Enumerable.All), list, Element(operand, nested)),
                "none" => Expression.Not(Call(nameof(Enumerable.Any), list, Element(operand, nested))),
                "any" => (bool)operand
                    ? Call(nameof(Enumerable.Any), list, null)
                    : Expression.Not(Call(nameof(Enumerable.Any), list, null)),
                _ => throw new InvalidOperationException($"Unknown list operation {operation}."),
            });
        }

        return Predicates.AndAll(conditions);
    }

    private LambdaExpression Element(object operand, FilterScope scope)
    {
        var element = Expression.Parameter(typeof(TElement), "element");
        return Expression.Lambda(elementFilter.Build(element, (IReadOnlyDictionary<string, object?>)operand, scope), element);
    }

    private static MethodCallExpression Call(string method, Expression list, LambdaExpression? predicate) =>
        predicate is null
            ? Expression.Call(typeof(Enumerable), method, [typeof(TElement)], list)
            : Expression.Call(typeof(Enumerable), method, [typeof(TElement)], list, predicate);
}
