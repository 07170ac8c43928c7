using MentorGraph.GraphQL.Types.Builders;

namespace MentorGraph.Api.Features.Shared;

/// <summary>The enums several features share (<c>MeetingFormat</c>, <c>CefrLevel</c>), added once.</summary>
public static class SharedSchema
{
    public static SchemaBuilder AddSharedTypes(this SchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema
            .EnumType("MeetingFormat", type => type
                .Description("How people meet.")
                .Value("IN_PERSON", MeetingFormats.InPerson)
                .Value("VIRTUAL", MeetingFormats.Virtual)
                .Value("HYBRID", MeetingFormats.Hybrid))
            .EnumType<CefrLevel>("CefrLevel", type => type.Description("Common European Framework of Reference level (A1 lowest, C2 highest), or NATIVE."));
    }

    /// <summary>The members of a set of formats, as the list the schema shows.</summary>
    public static IReadOnlyList<MeetingFormats> Members(MeetingFormats formats) =>
        [.. new[] { MeetingFormats.InPerson, MeetingFormats.Virtual, MeetingFormats.Hybrid }.Where(format => (formats & format) != 0)];
}
