namespace MentorGraph.GraphQL.Types.Scalars;

/// <summary>The five scalars every schema has (spec 3.5), one shared instance each.</summary>
public static class SpecifiedScalars
{
    public static IntType Int { get; } = new();

    public static FloatType Float { get; } = new();

    public static StringType String { get; } = new();

    public static BooleanType Boolean { get; } = new();

    public static IdType ID { get; } = new();

    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    public static ScalarType? Find(string name) => name switch
    {
        "Int" => Int,
        "Float" => Float,
        "String" => String,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };
}
