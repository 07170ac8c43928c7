using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Tests.Types;

/// <summary>Values in coercion messages read as graphql-js's <c>inspect</c> writes them.</summary>
public sealed class DescribeTests
{
    [Fact]
    public void EmptyObject_IsWrittenWithoutInnerSpaces() =>
        Assert.Equal("{ size: 1, inner: {} }", Describe.Value(new Dictionary<string, object?> { ["size"] = 1, ["inner"] = new Dictionary<string, object?>() }));

    [Fact]
    public void ObjectNestedTooDeep_IsWrittenAsObjectTag()
    {
        var value = new Dictionary<string, object?> { ["a"] = new Dictionary<string, object?> { ["b"] = new Dictionary<string, object?> { ["c"] = 1 } } };

        Assert.Equal("{ a: { b: [Object] } }", Describe.Value(value));
    }

    [Theory]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(0.000015, "0.000015")]
    [InlineData(1.5, "1.5")]
    public void Number_IsWrittenAsJavaScriptWritesIt(double value, string expected) => Assert.Equal(expected, Describe.Value(value));
}
