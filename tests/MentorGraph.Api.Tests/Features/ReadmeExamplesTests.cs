using System.Text.RegularExpressions;
using MentorGraph.Api.Features;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Validation;

namespace MentorGraph.Api.Tests.Features;

/// <summary>
/// The README's GraphQL examples are what a newcomer pastes first: each must parse and validate
/// against the schema the API serves, so a schema change cannot silently break them.
/// </summary>
public sealed partial class ReadmeExamplesTests
{
    public static TheoryData<int, string> Examples()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root(), "README.md"));
        var data = new TheoryData<int, string>();
        var index = 0;
        foreach (Match block in GraphQLBlock().Matches(readme))
        {
            data.Add(++index, block.Groups[1].Value);
        }

        return data;
    }

    [Fact]
    public void Readme_HasExamplesForEveryKindOfUser()
    {
        Assert.True(Examples().Count >= 6, "The README's tour should keep its GraphQL examples.");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void ReadmeExample_ValidatesAgainstTheServedSchema(int example, string document)
    {
        var errors = DocumentValidator.Validate(MentorGraphSchema.Create(), Parser.Parse(document));

        Assert.True(errors.Count == 0, $"README example {example} is invalid: {string.Join("; ", errors.Select(e => e.Message))}");
    }

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}
