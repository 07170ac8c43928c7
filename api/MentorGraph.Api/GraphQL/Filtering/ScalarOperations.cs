using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using MentorGraph.GraphQL.Types.Builders;

namespace MentorGraph.Api.GraphQL.Filtering;

/// <summary>
/// The operation filter input of one scalar or enum type (<c>StringOperationFilterInput { eq neq in
/// nin contains startsWith endsWith }</c>, <c>IntOperationFilterInput { eq neq in nin gt gte lt lte }</c>)
/// and how each operator becomes an expression EF translates: <c>=</c>, <c>&lt;&gt;</c>, <c>IN</c>,
/// <c>&gt;</c>, <c>LIKE</c>. The operators given in one input object must all hold.
/// </summary>
internal sealed class ScalarOperations
{
    private static readonly Dictionary<string, ScalarOperations> _byScalar = new(StringComparer.Ordinal)
    {
        ["String"] = new("String", FilterOperators.Text),
        ["Int"] = new("Int", FilterOperators.Comparison),
        ["Float"] = new("Float", FilterOperators.Comparison),
        ["Boolean"] = new("Boolean", FilterOperators.Eq | FilterOperators.Neq),
        ["DateTime"] = new("DateTime", FilterOperators.Comparison),
        ["Date"] = new("Date", FilterOperators.Comparison),
    };

    private ScalarOperations(string typeName, FilterOperators operators)
    {
        TypeName = typeName;
        Operators = operators;
        InputTypeName = typeName + "OperationFilterInput";
    }

    /// <summary>Global IDs: equality only, each value decoded to a key first.</summary>
    public static ScalarOperations Id { get; } = new("ID", FilterOperators.Equality) { InputTypeName = "IdOperationFilterInput" };

    public string TypeName { get; }

    public string InputTypeName { get; private init; }

    public FilterOperators Operators { get; }

    /// <summary>The operations for a CLR type: its scalar, or for an enum its GraphQL enum (named after the CLR enum unless <paramref name="graphQLType"/> says otherwise).</summary>
    public static ScalarOperations For(Type clrType, string? graphQLType)
    {
        var type = Nullable.GetUnderlyingType(clrType) ?? clrType;
        if (type.IsEnum)
        {
            return new ScalarOperations(graphQLType ?? type.Name, FilterOperators.Comparison);
        }

        var scalar = graphQLType ?? type switch
        {
            _ when type == typeof(string) => "String",
            _ when type == typeof(bool) => "Boolean",
            _ when type == typeof(int) || type == typeof(short) || type == typeof(byte) || type == typeof(long) => "Int",
            _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "Float",
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "DateTime",
            _ when type == typeof(DateOnly) => "Date",
            _ => throw new ArgumentException(type == typeof(Guid)
                ? "A Guid key is filtered by global ID: declare it with Id<TKey>(...)."
                : $"No filter operations for {type.Name}; declare the field with Custom(...)."),
        };
        return _byScalar.TryGetValue(scalar, out var operations)
            ? operations
            : throw new ArgumentException($"No filter operations for the scalar {scalar}.");
    }

    public void AddType(SchemaBuilder builder) =>
        ConventionTypes.Once(builder, InputTypeName, b => b.InputType(InputTypeName, input =>
        {
            input.Description($"Conditions on a {TypeName} value; all that are given must hold.");
            Add(input, FilterOperators.Eq, "eq", TypeName, "Equals the value; eq: null means the value is null.");
            Add(input, FilterOperators.Neq, "neq", TypeName, "Differs from the value; neq: null means the value is set.");
            Add(input, FilterOperators.In, "in", $"[{TypeName}!]", $"Equals one of the values (at most {FilterScope.MaxListValues}).");
            Add(input, FilterOperators.Nin, "nin", $"[{TypeName}!]", $"Equals none of the values (at most {FilterScope.MaxListValues}).");
            Add(input, FilterOperators.Gt, "gt", TypeName, "Greater than the value.");
            Add(input, FilterOperators.Gte, "gte", TypeName, "Greater than or equal to the value.");
            Add(input, FilterOperators.Lt, "lt", TypeName, "Less than the value.");
            Add(input, FilterOperators.Lte, "lte", TypeName, "Less than or equal to the value.");
            Add(input, FilterOperators.Contains, "contains", TypeName, "Contains the text.");
            Add(input, FilterOperators.StartsWith, "startsWith", TypeName, "Starts with the text.");
            Add(input, FilterOperators.EndsWith, "endsWith", TypeName, "Ends with the text.");
        }));

    /// <summary>The conjunction of the operators given in <paramref name="operations"/>, applied to <paramref name="operand"/>.</summary>
    /// <param name="decode">Turns a GraphQL value into the operand's value before conversion (global ID → key).</param>
    public Expression Build(string field, Expression operand, IReadOnlyDictionary<string, object?> operations, Func<object, object> decode)
    {
        var conditions = new List<Expression>();
        foreach (var (name, value) in operations)
        {
            if (value is null)
            {
                conditions.Add(name switch
                {
                    "eq" => IsNull(operand),
                    "neq" => Expression.Not(IsNull(operand)),
                    _ => throw UserInputError.Create($"The operator {name} of the filter on \"{field}\" does not take null."),
                });
                continue;
            }

            conditions.Add(name switch
            {
                "eq" => Expression.Equal(operand, Value(decode(value), operand.Type)),
                "neq" => Expression.NotEqual(operand, Value(decode(value), operand.Type)),
                "in" => In(field, operand, (IEnumerable)value, decode),
                "nin" => Expression.Not(In(field, operand, (IEnumerable)value, decode)),
                "gt" => Expression.GreaterThan(Comparable(operand), Comparable(Value(decode(value), operand.Type))),
                "gte" => Expression.GreaterThanOrEqual(Comparable(operand), Comparable(Value(decode(value), operand.Type))),
                "lt" => Expression.LessThan(Comparable(operand), Comparable(Value(decode(value), operand.Type))),
                "lte" => Expression.LessThanOrEqual(Comparable(operand), Comparable(Value(decode(value), operand.Type))),
                "contains" => Text(operand, nameof(string.Contains), value),
                "startsWith" => Text(operand, nameof(string.StartsWith), value),
                "endsWith" => Text(operand, nameof(string.EndsWith), value),
                _ => throw new InvalidOperationException($"Unknown filter operator {name}."),
            });
        }

        return Predicates.AndAll(conditions);
    }

    private void Add(InputObjectTypeBuilder input, FilterOperators which, string name, string type, string description)
    {
        if ((Operators & which) != 0)
        {
            input.Field(name, type, f => f.Description(description));
        }
    }

    private static Expression IsNull(Expression operand) =>
        operand.Type.IsValueType && Nullable.GetUnderlyingType(operand.Type) is null
            ? Expression.Constant(false)
            : Expression.Equal(operand, Expression.Constant(null, operand.Type));

    private static Expression In(string field, Expression operand, IEnumerable values, Func<object, object> decode)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(operand.Type))!;
        foreach (var value in values)
        {
            if (list.Count == FilterScope.MaxListValues)
            {
                throw UserInputError.Create($"The filter on \"{field}\" lists more than {FilterScope.MaxListValues} values.");
            }

            list.Add(Convert(decode(value!), operand.Type));
        }

        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [operand.Type], QueryValue.Of(list, list.GetType()), operand);
    }

    private static MethodCallExpression Text(Expression operand, string method, object value) =>
        Expression.Call(operand, typeof(string).GetMethod(method, [typeof(string)])!, QueryValue.Of(value, typeof(string)));

    private static Expression Value(object value, Type type) => QueryValue.Of(Convert(value, type), type);

    /// <summary>Enums compare as their underlying numbers, which is how they are stored and ordered.</summary>
    private static Expression Comparable(Expression expression)
    {
        var underlying = Nullable.GetUnderlyingType(expression.Type);
        var type = underlying ?? expression.Type;
        if (!type.IsEnum)
        {
            return expression;
        }

        var number = Enum.GetUnderlyingType(type);
        return Expression.Convert(expression, underlying is null ? number : typeof(Nullable<>).MakeGenericType(number));
    }

    /// <summary>Converts a coerced GraphQL value (int, double, DateTimeOffset, enum member, key) to the type of the property it is compared with.</summary>
    private static object Convert(object value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return value switch
        {
            _ when target.IsInstanceOfType(value) => value,
            DateTimeOffset instant when target == typeof(DateTime) => instant.UtcDateTime,
            string name when target.IsEnum => Enum.Parse(target, name),
            IConvertible => System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException($"A {value.GetType().Name} filter value cannot be compared with a {target.Name}."),
        };
    }
}
