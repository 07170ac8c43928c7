using MentorGraph.Api.Authorization;
using MentorGraph.Api.Data;
using MentorGraph.Api.Features.Mentees;

namespace MentorGraph.Api.Features.Mentorships;

/// <summary>
/// Who may see a mentorship, its goals and its check-ins (whose notes are private to the pair and
/// the coordinator): its mentee, its mentor, and the staff of the partners that own or co-own its
/// programme. The mentee inside it is still loaded through <see cref="MenteeAccess"/>.
/// </summary>
public static class MentorshipAccess
{
    public static IQueryable<Mentorship> VisibleTo(MentorGraphDbContext db, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(caller);
        var menteeId = caller.MenteeId;
        var mentorId = caller.MentorId;
        var organisationId = MenteeAccess.IsStaff(caller) ? caller.OrganisationId : null;
        if (menteeId is null && mentorId is null && organisationId is null)
        {
            return db.Mentorships.Where(_ => false);
        }

        var coordinated = MenteeAccess.CoordinatedProgrammeIds(db, organisationId ?? Guid.Empty);
        return db.Mentorships.Where(s =>
            (menteeId != null && s.MenteeId == menteeId)
            || (mentorId != null && s.MentorId == mentorId)
            || (organisationId != null && coordinated.Contains(s.ProgrammeId)));
    }
}
