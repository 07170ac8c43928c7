using MentorGraph.Api.Features.Consents;
using MentorGraph.Api.Tests.Features.Mentees;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Tests.Features.Consents;

/// <summary>A mentee gives and withdraws their own consents; a withdrawal stops the use at once; a refusal writes nothing.</summary>
public sealed class ConsentMutationTests(DevelopmentCallerApiFactory factory) : IClassFixture<DevelopmentCallerApiFactory>
{
    private const string Give = """
        mutation($purpose: ConsentPurpose!, $textVersion: String!) {
          giveConsent(input: { purpose: $purpose, textVersion: $textVersion }) {
            consent { purpose textVersion isActive withdrawnAt }
            errors { __typename ... on ValidationError { field code } }
          }
        }
        """;

    private const string Withdraw = """
        mutation($purpose: ConsentPurpose!) {
          withdrawConsent(input: { purpose: $purpose }) {
            consent { purpose isActive }
            errors { __typename ... on ValidationError { field code } }
          }
        }
        """;

    [Fact]
    public async Task GiveThenWithdraw_StopsTheUse()
    {
        var cast = await PrivacyCast.FindAsync(factory);

        using var given = await factory.PostAsync(Give, cast.Mentee, new { purpose = "SHARE_WITH_EMPLOYER", textVersion = "2026-11" });
        Assert.Equal(
            """{"data":{"giveConsent":{"consent":{"purpose":"SHARE_WITH_EMPLOYER","textVersion":"2026-11","isActive":true,"withdrawnAt":null},"errors":[]}}}""",
            given.RootElement.GetRawText());
        await using (var db = await factory.CreateDbAsync())
        {
            Assert.Null(await ConsentCheck.RequireAsync(db, cast.MenteeId, ConsentPurpose.ShareWithEmployer));
            Assert.Equal(1, await db.Consents.CountAsync(c => c.MenteeId == cast.MenteeId && c.Purpose == ConsentPurpose.ShareWithEmployer && c.WithdrawnAt == null));
        }

        using var withdrawn = await factory.PostAsync(Withdraw, cast.Mentee, new { purpose = "SHARE_WITH_EMPLOYER" });
        Assert.Equal(
            """{"data":{"withdrawConsent":{"consent":{"purpose":"SHARE_WITH_EMPLOYER","isActive":false},"errors":[]}}}""",
            withdrawn.RootElement.GetRawText());
        await using (var db = await factory.CreateDbAsync())
        {
            var error = await ConsentCheck.RequireAsync(db, cast.MenteeId, ConsentPurpose.ShareWithEmployer);
            Assert.Equal("SHARE_WITH_EMPLOYER", error?.Purpose);
        }

        // The withdrawn consent stays on record, visible to the mentee.
        using var profile = await factory.PostAsync("{ viewer { mentee { consents { purpose textVersion isActive } } } }", cast.Mentee);
        Assert.Contains(
            profile.RootElement.GetProperty("data").GetProperty("viewer").GetProperty("mentee").GetProperty("consents").EnumerateArray(),
            c => c.GetRawText() == """{"purpose":"SHARE_WITH_EMPLOYER","textVersion":"2026-11","isActive":false}""");
    }

    [Fact]
    public async Task CountryOfOrigin_IsUsedForMatchingOnlyWhileTheSensitiveMatchingConsentIsHeld()
    {
        await using var db = await factory.CreateDbAsync();
        var mentee = await db.Mentees.Where(m => m.CountryOfOrigin != null).OrderBy(m => m.Id).Select(m => new { m.Id, m.CountryOfOrigin }).FirstAsync();
        var caller = $"mentee={mentee.Id}";

        using (await factory.PostAsync(Give, caller, new { purpose = "SENSITIVE_MATCHING", textVersion = "2026-11" }))
        {
            var given = await MatchingAttributes.CountriesOfOriginAsync(db, [mentee.Id]);
            Assert.Equal(mentee.CountryOfOrigin, given[mentee.Id]);
        }

        using (await factory.PostAsync(Withdraw, caller, new { purpose = "SENSITIVE_MATCHING" }))
        {
            Assert.Empty(await MatchingAttributes.CountriesOfOriginAsync(db, [mentee.Id]));
        }
    }

    [Fact]
    public async Task Withdraw_WhenNoneIsHeld_IsAValidationErrorAndChangesNothing()
    {
        var cast = await PrivacyCast.FindAsync(factory);
        await using var db = await factory.CreateDbAsync();
        await db.Consents.Where(c => c.MenteeId == cast.OtherMenteeId && c.Purpose == ConsentPurpose.OutcomeReporting && c.WithdrawnAt == null)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.WithdrawnAt, DateTimeOffset.UtcNow));
        var before = await db.Consents.AsNoTracking().Where(c => c.MenteeId == cast.OtherMenteeId).OrderBy(c => c.Id).ToListAsync();

        using var body = await factory.PostAsync(Withdraw, cast.OtherMentee, new { purpose = "OUTCOME_REPORTING" });

        Assert.Equal(
            """{"data":{"withdrawConsent":{"consent":null,"errors":[{"__typename":"ValidationError","field":"purpose","code":"NOT_GIVEN"}]}}}""",
            body.RootElement.GetRawText());
        var after = await db.Consents.AsNoTracking().Where(c => c.MenteeId == cast.OtherMenteeId).OrderBy(c => c.Id).ToListAsync();
        Assert.Equal(before.Select(c => (c.Id, c.WithdrawnAt)), after.Select(c => (c.Id, c.WithdrawnAt)));
    }

    [Fact]
    public async Task Give_WithABlankTextVersion_IsAValidationErrorAndWritesNothing()
    {
        var cast = await PrivacyCast.FindAsync(factory);
        await using var db = await factory.CreateDbAsync();
        var before = await db.Consents.CountAsync();

        using var body = await factory.PostAsync(Give, cast.Mentee, new { purpose = "SENSITIVE_MATCHING", textVersion = "  " });

        Assert.Equal(
            """{"data":{"giveConsent":{"consent":null,"errors":[{"__typename":"ValidationError","field":"textVersion","code":"REQUIRED"}]}}}""",
            body.RootElement.GetRawText());
        Assert.Equal(before, await db.Consents.CountAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("mentor")]
    [InlineData("staff")]
    public async Task Give_ByAnyoneButAMentee_IsForbiddenAndWritesNothing(string? who)
    {
        var cast = await PrivacyCast.FindAsync(factory);
        await using var db = await factory.CreateDbAsync();
        var before = await db.Consents.CountAsync();
        var caller = who switch
        {
            "mentor" => cast.MatchedMentor,
            "staff" => cast.Coordinator,
            _ => null,
        };

        using var body = await factory.PostAsync(Give, caller, new { purpose = "SENSITIVE_MATCHING", textVersion = "2026-11" });

        var error = Assert.Single(body.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("FORBIDDEN", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(before, await db.Consents.CountAsync());
    }
}
