using MentorGraph.Api.Features.Consents;
using MentorGraph.Api.Features.Mentees;
using MentorGraph.Api.Features.Mentors;
using MentorGraph.Api.Features.Opportunities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Api.Data.EntityConfigurations;

public sealed class OpportunityApplicationConfiguration : IEntityTypeConfiguration<OpportunityApplication>
{
    public void Configure(EntityTypeBuilder<OpportunityApplication> builder)
    {
        builder.ToTable("opportunity_applications");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.OpportunityId, a.Status });
        builder.HasIndex(a => a.MenteeId);
        builder.HasOne<Opportunity>().WithMany().HasForeignKey(a => a.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Mentee>().WithMany().HasForeignKey(a => a.MenteeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Consent>().WithMany().HasForeignKey(a => a.ConsentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Mentor>().WithMany().HasForeignKey(a => a.ReferredByMentorId).OnDelete(DeleteBehavior.SetNull);
    }
}
