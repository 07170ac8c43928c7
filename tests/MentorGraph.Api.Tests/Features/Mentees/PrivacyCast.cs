using MentorGraph.Api.Features.Mentees;
using MentorGraph.Api.Features.Mentorships;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Tests.Features.Mentees;

/// <summary>
/// People of the seeded network chosen for a privacy test: a mentee with an application and an
/// active mentorship, and someone for each kind of caller who may, or may not, see them.
/// </summary>
public sealed record PrivacyCast(
    Guid MenteeId,
    Guid ProgrammeId,
    Guid ApplicationId,
    Guid CoordinatorId,
    Guid CoordinatorOrganisationId,
    Guid OtherStaffId,
    Guid OtherOrganisationId,
    Guid MatchedMentorId,
    Guid UnrelatedMentorId,
    Guid OtherMenteeId)
{
    public string Mentee => $"mentee={MenteeId}";

    public string Coordinator => $"staff={CoordinatorId};org={CoordinatorOrganisationId}";

    public string OtherPartnerStaff => $"staff={OtherStaffId};org={OtherOrganisationId}";

    public string MatchedMentor => $"mentor={MatchedMentorId}";

    public string UnrelatedMentor => $"mentor={UnrelatedMentorId}";

    public string OtherMentee => $"mentee={OtherMenteeId}";

    public static async Task<PrivacyCast> FindAsync(DevelopmentCallerApiFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var db = await factory.CreateDbAsync();
        var mentorship = await db.Mentorships.AsNoTracking()
            .Where(s => s.Status == MentorshipStatus.Active && db.Applications.Any(a => a.MenteeId == s.MenteeId))
            .OrderBy(s => s.Id)
            .FirstAsync();
        var application = await db.Applications.AsNoTracking().Where(a => a.MenteeId == mentorship.MenteeId).OrderBy(a => a.Id).FirstAsync();
        var programmeIds = await db.Applications.Where(a => a.MenteeId == mentorship.MenteeId).Select(a => a.ProgrammeId).ToListAsync();
        var programme = await db.Programmes.AsNoTracking().FirstAsync(p => p.Id == application.ProgrammeId);
        var coordinator = await db.StaffMembers.AsNoTracking().Where(s => s.OrganisationId == programme.OwnerOrganisationId).OrderBy(s => s.Id).FirstAsync();
        var involvedOrganisations = await db.Programmes.Where(p => programmeIds.Contains(p.Id)).Select(p => p.OwnerOrganisationId)
            .Concat(db.ProgrammeCoOwners.Where(c => programmeIds.Contains(c.ProgrammeId)).Select(c => c.OrganisationId))
            .ToListAsync();
        var otherStaff = await db.StaffMembers.AsNoTracking().Where(s => !involvedOrganisations.Contains(s.OrganisationId)).OrderBy(s => s.Id).FirstAsync();
        var unrelatedMentor = await db.Mentors.AsNoTracking()
            .Where(m => !db.Mentorships.Any(s => s.MentorId == m.Id && s.MenteeId == mentorship.MenteeId))
            .OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
        var otherMentee = await db.Mentees.AsNoTracking().Where(m => m.Id != mentorship.MenteeId).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
        return new PrivacyCast(
            mentorship.MenteeId,
            application.ProgrammeId,
            application.Id,
            coordinator.Id,
            coordinator.OrganisationId,
            otherStaff.Id,
            otherStaff.OrganisationId,
            mentorship.MentorId,
            unrelatedMentor,
            otherMentee);
    }

    public static string MenteeGlobalId(Guid id) => GlobalIdOf("Mentee", id);

    public static string GlobalIdOf(string type, Guid id) => MentorGraph.Api.GraphQL.Relay.GlobalId.Encode(type, id);
}
