using System.Text.Json;
using MentorGraph.Api.Features.Auditing;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Tests.Features.Mentees;

/// <summary>
/// A mentee's personal data is seen by the mentee, the coordinators of the programmes they applied
/// to and their matched mentor, and by nobody else, whichever field the caller reaches it through.
/// </summary>
public sealed class MenteePrivacyTests(DevelopmentCallerApiFactory factory) : IClassFixture<DevelopmentCallerApiFactory>
{
    private const string NodeQuery = """
        query($id: ID!) { node(id: $id) { ... on Mentee { id givenName email countryOfOrigin languages { code level } } } }
        """;

    private const string NodesQuery = """
        query($ids: [ID!]!) { nodes(ids: $ids) { ... on Mentee { id givenName } } }
        """;

    public static TheoryData<string> AllowedCallers => ["mentee", "coordinator", "matchedMentor"];

    public static TheoryData<string> DisallowedCallers => ["anonymous", "otherPartnerStaff", "unrelatedMentor", "otherMentee"];

    [Theory]
    [MemberData(nameof(AllowedCallers))]
    public async Task Node_AllowedCaller_SeesThePersonalFields(string who)
    {
        var cast = await PrivacyCast.FindAsync(factory);

        using var body = await factory.PostAsync(NodeQuery, CallerOf(cast, who), new { id = PrivacyCast.MenteeGlobalId(cast.MenteeId) });

        var mentee = body.RootElement.GetProperty("data").GetProperty("node");
        Assert.Equal(PrivacyCast.MenteeGlobalId(cast.MenteeId), mentee.GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(mentee.GetProperty("email").GetString()));
        Assert.NotEqual(0, mentee.GetProperty("languages").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(DisallowedCallers))]
    public async Task Node_DisallowedCaller_GetsNullAsIfTheMenteeDidNotExist(string who)
    {
        var cast = await PrivacyCast.FindAsync(factory);

        using var body = await factory.PostAsync(NodeQuery, CallerOf(cast, who), new { id = PrivacyCast.MenteeGlobalId(cast.MenteeId) });

        Assert.Equal("""{"data":{"node":null}}""", body.RootElement.GetRawText());
    }

    [Theory]
    [MemberData(nameof(DisallowedCallers))]
    public async Task Nodes_DisallowedCaller_GetsNullForTheMentee(string who)
    {
        var cast = await PrivacyCast.FindAsync(factory);

        using var body = await factory.PostAsync(NodesQuery, CallerOf(cast, who), new { ids = new[] { PrivacyCast.MenteeGlobalId(cast.MenteeId) } });

        Assert.Equal("""{"data":{"nodes":[null]}}""", body.RootElement.GetRawText());
    }

    [Fact]
    public async Task Nodes_OtherMentee_SeesOnlyThemselves()
    {
        var cast = await PrivacyCast.FindAsync(factory);
        var ids = new[] { PrivacyCast.MenteeGlobalId(cast.MenteeId), PrivacyCast.MenteeGlobalId(cast.OtherMenteeId) };

        using var body = await factory.PostAsync(NodesQuery, cast.OtherMentee, new { ids });

        var nodes = body.RootElement.GetProperty("data").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(JsonValueKind.Null, nodes[0].ValueKind);
        Assert.Equal(ids[1], nodes[1].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Viewer_Mentee_ReadsTheirOwnProfile()
    {
        var cast = await PrivacyCast.FindAsync(factory);

        using var body = await factory.PostAsync(
            "{ viewer { isAnonymous staffMember { role } mentee { id preferredLanguage applications { status } credentials { title recognitionSteps { sequence status } } } } }",
            cast.Mentee);

        var viewer = body.RootElement.GetProperty("data").GetProperty("viewer");
        Assert.False(viewer.GetProperty("isAnonymous").GetBoolean());
        Assert.Equal(JsonValueKind.Null, viewer.GetProperty("staffMember").ValueKind);
        Assert.Equal(PrivacyCast.MenteeGlobalId(cast.MenteeId), viewer.GetProperty("mentee").GetProperty("id").GetString());
        Assert.NotEqual(0, viewer.GetProperty("mentee").GetProperty("applications").GetArrayLength());
    }

    [Fact]
    public async Task Viewer_Anonymous_HasNoProfile()
    {
        using var body = await factory.PostAsync("{ viewer { isAnonymous mentee { id } staffMember { role } } }");

        Assert.Equal("""{"data":{"viewer":{"isAnonymous":true,"mentee":null,"staffMember":null}}}""", body.RootElement.GetRawText());
    }

    [Fact]
    public async Task Node_CoordinatorRead_IsAuditedOncePerMentee()
    {
        var cast = await PrivacyCast.FindAsync(factory);
        var before = await AuditEntriesAsync(cast.CoordinatorId, cast.MenteeId);

        // The same mentee reached twice in one request is one read, written in one batch.
        using var body = await factory.PostAsync(
            "query($id: ID!) { a: node(id: $id) { id } b: nodes(ids: [$id]) { id } }",
            cast.Coordinator,
            new { id = PrivacyCast.MenteeGlobalId(cast.MenteeId) });

        Assert.False(body.RootElement.TryGetProperty("errors", out _));
        var entries = await AuditEntriesAsync(cast.CoordinatorId, cast.MenteeId);
        var entry = Assert.Single(entries, e => before.All(b => b.Id != e.Id));
        Assert.Equal(AuditAction.Read, entry.Action);
        Assert.Equal("Mentee", entry.SubjectType);
        Assert.Equal(cast.CoordinatorOrganisationId, entry.ActorOrganisationId);
        Assert.Contains("countryOfOrigin", entry.Fields);
    }

    [Theory]
    [InlineData("mentee")]
    [InlineData("matchedMentor")]
    [InlineData("otherPartnerStaff")]
    public async Task Node_ReadByAnyoneButTheCoordinator_WritesNoAuditEntryForTheMentee(string who)
    {
        var cast = await PrivacyCast.FindAsync(factory);
        await using var db = await factory.CreateDbAsync();
        var before = await db.AuditLog.CountAsync(e => e.SubjectId == cast.MenteeId);

        using var body = await factory.PostAsync(NodeQuery, CallerOf(cast, who), new { id = PrivacyCast.MenteeGlobalId(cast.MenteeId) });

        Assert.Equal(before, await db.AuditLog.CountAsync(e => e.SubjectId == cast.MenteeId));
    }

    internal static string? CallerOf(PrivacyCast cast, string who) => who switch
    {
        "anonymous" => null,
        "mentee" => cast.Mentee,
        "coordinator" => cast.Coordinator,
        "matchedMentor" => cast.MatchedMentor,
        "otherPartnerStaff" => cast.OtherPartnerStaff,
        "unrelatedMentor" => cast.UnrelatedMentor,
        "otherMentee" => cast.OtherMentee,
        _ => throw new ArgumentOutOfRangeException(nameof(who), who, null),
    };

    private async Task<List<AuditLogEntry>> AuditEntriesAsync(Guid staffId, Guid menteeId)
    {
        await using var db = await factory.CreateDbAsync();
        var actor = $"staff:{staffId}";
        return await db.AuditLog.AsNoTracking().Where(e => e.ActorId == actor && e.SubjectId == menteeId).ToListAsync();
    }
}
