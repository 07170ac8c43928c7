using MentorGraph.Api.Features.Mentees;
using MentorGraph.Api.Features.Opportunities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Api.Data.EntityConfigurations;

public sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> builder)
    {
        builder.ToTable("placements");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => p.ApplicationId).IsUnique();
        builder.HasIndex(p => p.OpportunityId);
        builder.HasOne<Opportunity>().WithMany().HasForeignKey(p => p.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OpportunityApplication>().WithMany().HasForeignKey(p => p.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Mentee>().WithMany().HasForeignKey(p => p.MenteeId).OnDelete(DeleteBehavior.Cascade);
    }
}
