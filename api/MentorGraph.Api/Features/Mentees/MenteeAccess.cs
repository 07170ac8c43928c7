using MentorGraph.Api.Authorization;
using MentorGraph.Api.Data;
using MentorGraph.Api.Features.Mentorships;

namespace MentorGraph.Api.Features.Mentees;

/// <summary>
/// Who may see a mentee's personal data (DOMAIN.md, "What must never go wrong"): the mentee
/// themselves, the staff of the partners that own or co-own a programme the mentee applied to,
/// and the mentor of an ACTIVE or PAUSED mentorship with them. Nobody else: not other partners,
/// not other mentors, not anonymous callers. Every read of mentee data applies this one filter,
/// in SQL, so a mentee the caller may not see is indistinguishable from one that does not exist.
/// </summary>
public static class MenteeAccess
{
    /// <summary>Whether the caller reads as a partner's staff member, whose reads are audited.</summary>
    public static bool IsStaff(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.StaffMemberId is not null && caller.OrganisationId is not null;
    }

    /// <summary>The mentees of <paramref name="mentees"/> the caller may see.</summary>
    public static IQueryable<Mentee> VisibleTo(this IQueryable<Mentee> mentees, MentorGraphDbContext db, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(caller);
        var menteeId = caller.MenteeId;
        var mentorId = caller.MentorId;
        var organisationId = IsStaff(caller) ? caller.OrganisationId : null;
        if (menteeId is null && mentorId is null && organisationId is null)
        {
            return mentees.Where(_ => false);
        }

        var coordinated = CoordinatedProgrammeIds(db, organisationId ?? Guid.Empty);
        return mentees.Where(m =>
            (menteeId != null && m.Id == menteeId)
            || (mentorId != null && db.Mentorships.Any(s => s.MenteeId == m.Id && s.MentorId == mentorId
                && (s.Status == MentorshipStatus.Active || s.Status == MentorshipStatus.Paused)))
            || (organisationId != null && db.Applications.Any(a => a.MenteeId == m.Id && coordinated.Contains(a.ProgrammeId))));
    }

    /// <summary>The programmes a partner owns or co-owns: the ones whose applicants its coordinators see.</summary>
    public static IQueryable<Guid> CoordinatedProgrammeIds(MentorGraphDbContext db, Guid organisationId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Programmes
            .Where(p => p.OwnerOrganisationId == organisationId
                || db.ProgrammeCoOwners.Any(c => c.ProgrammeId == p.Id && c.OrganisationId == organisationId))
            .Select(p => p.Id);
    }
}
