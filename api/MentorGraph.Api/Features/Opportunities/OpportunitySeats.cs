using MentorGraph.Api.Data;
using MentorGraph.Api.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Features.Opportunities;

/// <summary>
/// Places applicants in an opportunity's seats without ever placing more than it has: one
/// conditional UPDATE of <c>seats_taken</c> per placement, as in <see cref="Events.EventSeats"/>.
/// An applicant the employer accepts when every seat is taken is waitlisted.
/// </summary>
public sealed class OpportunitySeats(MentorGraphDbContext db, TimeProvider clock)
{
    public async Task<PlaceApplicantResult> PlaceAsync(Guid applicationId, DateOnly? startsOn = null, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var application = await db.OpportunityApplications.SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null)
        {
            return new PlaceApplicantResult(null, SeatError.NotFound);
        }

        var took = await db.Opportunities
            .Where(o => o.Id == application.OpportunityId && o.Status == OpportunityStatus.Open && o.SeatsTaken < o.Seats)
            .ExecuteUpdateAsync(set => set
                .SetProperty(o => o.SeatsTaken, o => o.SeatsTaken + 1)
                .SetProperty(o => o.Version, o => o.Version + 1), cancellationToken) == 1;
        if (!took)
        {
            var open = await db.Opportunities.AnyAsync(o => o.Id == application.OpportunityId && o.Status == OpportunityStatus.Open, cancellationToken);
            if (!open)
            {
                return new PlaceApplicantResult(null, SeatError.Closed);
            }

            application.Status = OpportunityApplicationStatus.Waitlisted;
            application.DecidedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new PlaceApplicantResult(null, SeatError.CapacityReached);
        }

        // Holding the opportunity row's lock, re-read the application: a concurrent attempt for
        // the same applicant may have placed them already.
        await db.Entry(application).ReloadAsync(cancellationToken);
        if (application.Status is OpportunityApplicationStatus.Placed or OpportunityApplicationStatus.Withdrawn or OpportunityApplicationStatus.Rejected)
        {
            return new PlaceApplicantResult(null, SeatError.AlreadyTaken);
        }

        var now = clock.GetUtcNow();
        application.Status = OpportunityApplicationStatus.Placed;
        application.DecidedAt = now;
        var placement = new Placement
        {
            Id = Guid.CreateVersion7(now),
            OpportunityId = application.OpportunityId,
            ApplicationId = application.Id,
            MenteeId = application.MenteeId,
            Status = PlacementStatus.Active,
            StartsOn = startsOn,
            CreatedAt = now,
        };
        db.Placements.Add(placement);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PlaceApplicantResult(placement, null);
    }
}
