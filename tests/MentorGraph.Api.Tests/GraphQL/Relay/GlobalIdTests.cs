using System.Text;
using MentorGraph.Api.GraphQL.Relay;
using MentorGraph.GraphQL;

namespace MentorGraph.Api.Tests.GraphQL.Relay;

public sealed class GlobalIdTests
{
    [Fact]
    public void Encode_IsBase64UrlOfTypeNameAndKey_WithoutPadding()
    {
        var id = GlobalId.Encode("Mentor", 42);

        Assert.Equal("TWVudG9yOjQy", id);
        Assert.Equal("Mentor:42", Encoding.UTF8.GetString(Convert.FromBase64String(id)));
    }

    [Fact]
    public void Parse_RoundTripsGuidKeys()
    {
        var key = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

        var id = GlobalId.Encode("Event", key);

        Assert.DoesNotContain('=', id);
        Assert.Equal(key, GlobalId.Parse<Guid>(id, "Event"));
        Assert.Equal(new GlobalId("Event", "3f2504e0-4f89-11d3-9a0c-0305e82c3301"), GlobalId.Parse(id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64 at all!")]
    [InlineData("TWVudG9yOjQy=")]
    [InlineData("TWVudG9y")]
    [InlineData("Ok1lbnRvcg")]
    [InlineData("MTIzOjQ")]
    [InlineData("TWVudG9yOg")]
    [InlineData("__8")]
    public void Parse_Garbage_IsBadUserInput(string id)
    {
        var error = Assert.Throws<GraphQLError>(() => GlobalId.Parse(id));

        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        Assert.Equal($"The ID \"{id}\" is not a valid ID.", error.Message);
    }

    [Fact]
    public void Parse_VeryLongInput_IsRefusedWithoutDecodingIt()
    {
        var id = new string('A', 100_000);

        var error = Assert.Throws<GraphQLError>(() => GlobalId.Parse(id));

        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        Assert.True(error.Message.Length < 120, error.Message);
    }

    [Fact]
    public void ParseOfType_IdOfAnotherType_IsBadUserInput()
    {
        var error = Assert.Throws<GraphQLError>(() => GlobalId.Parse<int>(GlobalId.Encode("Event", 42), "Mentor"));

        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        Assert.Equal("The ID \"RXZlbnQ6NDI\" is the ID of a Event, not of a Mentor.", error.Message);
    }

    [Fact]
    public void ParseOfType_KeyOfTheWrongKind_IsBadUserInput()
    {
        var error = Assert.Throws<GraphQLError>(() => GlobalId.Parse<int>(GlobalId.Encode("Mentor", "abc"), "Mentor"));

        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
    }
}
