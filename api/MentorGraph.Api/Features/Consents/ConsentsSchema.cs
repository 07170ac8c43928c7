using MentorGraph.Api.Authorization;
using MentorGraph.Api.Data;
using MentorGraph.Api.GraphQL;
using MentorGraph.Api.GraphQL.Mutations;
using MentorGraph.GraphQL;
using MentorGraph.GraphQL.Types.Builders;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Features.Consents;

/// <summary>
/// The <c>Consent</c> type and the mentee's own <c>giveConsent</c> and <c>withdrawConsent</c>.
/// Only the mentee acts on their consents; a withdrawal is recorded (never deleted) and stops
/// the use at once, because every use goes through <see cref="ConsentCheck"/>.
/// </summary>
public static class ConsentsSchema
{
    /// <summary>The longest text version accepted, such as <c>2025-01</c>.</summary>
    public const int MaxTextVersionLength = 32;

    public static SchemaBuilder AddConsents(this SchemaBuilder schema) => schema
        .ObjectType<Consent>("Consent", type => type
            .Description("A mentee's consent to one use of their data, under the text version they were shown.")
            .Field("purpose", "ConsentPurpose!", c => c.Purpose)
            .Field("textVersion", "String!", c => c.TextVersion)
            .Field("language", "String!", c => c.Language, f => f.Description("ISO 639 code of the language the text was shown in."))
            .Field("givenAt", "DateTime!", c => c.GivenAt)
            .Field("withdrawnAt", "DateTime", c => c.WithdrawnAt)
            .Field("isActive", "Boolean!", c => c.WithdrawnAt is null, f => f.Description("Given and not withdrawn: the use is allowed.")))
        .EnumType<ConsentPurpose>("ConsentPurpose")
        .AddMutationConventions()
        .AddMutation<Consent>("giveConsent", m => m
            .Description("The calling mentee consents to a use of their data. Giving a consent already held records the newer text version.")
            .Input(i => i
                .Field("purpose", "ConsentPurpose!")
                .Field("textVersion", "String!", f => f.Description("Version of the consent text the mentee was shown, such as 2025-01."))
                .Field("language", "String", f => f.Description("ISO 639 code of the language the text was shown in; the mentee's preferred language when left out.")))
            .Result("consent", "Consent")
            .Errors("ValidationError")
            .Resolve(GiveAsync))
        .AddMutation<Consent>("withdrawConsent", m => m
            .Description("The calling mentee withdraws their consent to a use of their data; the use stops at once.")
            .Input(i => i.Field("purpose", "ConsentPurpose!"))
            .Result("consent", "Consent")
            .Errors("ValidationError")
            .Resolve(WithdrawAsync));

    private static async Task<MutationResult<Consent>> GiveAsync(MutationInput input, MentorGraph.GraphQL.Execution.IResolveFieldContext context)
    {
        var menteeId = RequireMentee(context);
        var purpose = input.Get<ConsentPurpose>("purpose");
        var textVersion = input.Get<string>("textVersion").Trim();
        if (textVersion.Length == 0)
        {
            return ValidationError.Required("textVersion");
        }

        if (textVersion.Length > MaxTextVersionLength)
        {
            return ValidationError.TooLong("textVersion", MaxTextVersionLength);
        }

        await using var db = await CreateDbAsync(context);
        var preferredLanguage = await db.Mentees.Where(m => m.Id == menteeId).Select(m => m.PreferredLanguage).FirstOrDefaultAsync(context.CancellationToken);
        if (preferredLanguage is null)
        {
            throw Forbidden();
        }

        var language = input.GetOrDefault<string>("language")?.Trim() ?? preferredLanguage;
        if (language.Length is < 2 or > 3 || !language.All(char.IsAsciiLetterLower))
        {
            return ValidationError.InvalidFormat("language", "an ISO 639 code such as ar or uk");
        }

        // One transaction: the earlier consent for the purpose is superseded and the new one
        // recorded together, or neither.
        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        var now = DateTimeOffset.UtcNow;
        await db.Consents
            .Where(c => c.MenteeId == menteeId && c.Purpose == purpose && c.WithdrawnAt == null)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.WithdrawnAt, now), context.CancellationToken);
        var consent = new Consent
        {
            Id = Guid.NewGuid(),
            MenteeId = menteeId,
            Purpose = purpose,
            TextVersion = textVersion,
            Language = language,
            GivenAt = now,
        };
        db.Consents.Add(consent);
        await db.SaveChangesAsync(context.CancellationToken);
        await transaction.CommitAsync(context.CancellationToken);
        return consent;
    }

    private static async Task<MutationResult<Consent>> WithdrawAsync(MutationInput input, MentorGraph.GraphQL.Execution.IResolveFieldContext context)
    {
        var menteeId = RequireMentee(context);
        var purpose = input.Get<ConsentPurpose>("purpose");
        await using var db = await CreateDbAsync(context);
        var consent = await db.Consents
            .Where(c => c.MenteeId == menteeId && c.Purpose == purpose && c.WithdrawnAt == null)
            .OrderByDescending(c => c.GivenAt)
            .FirstOrDefaultAsync(context.CancellationToken);
        if (consent is null)
        {
            return new ValidationError("purpose", $"No consent to {ConsentCheck.PurposeName(purpose)} is held.", "NOT_GIVEN");
        }

        var now = DateTimeOffset.UtcNow;
        await db.Consents
            .Where(c => c.MenteeId == menteeId && c.Purpose == purpose && c.WithdrawnAt == null)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.WithdrawnAt, now), context.CancellationToken);
        consent.WithdrawnAt = now;
        return consent;
    }

    private static Guid RequireMentee(MentorGraph.GraphQL.Execution.IResolveFieldContext context) =>
        context.GetCaller().MenteeId ?? throw Forbidden();

    private static GraphQLError Forbidden() =>
        new("Only a mentee can give or withdraw their own consents.", extensions: new Dictionary<string, object?> { ["code"] = "FORBIDDEN" });

    private static async Task<MentorGraphDbContext> CreateDbAsync(MentorGraph.GraphQL.Execution.IResolveFieldContext context) =>
        await context.Services!.GetRequiredService<IDbContextFactory<MentorGraphDbContext>>().CreateDbContextAsync(context.CancellationToken);
}
