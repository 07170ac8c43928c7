using MentorGraph.Api.Data.Conversions;
using MentorGraph.Api.Features.Organisations;
using MentorGraph.Api.Features.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Api.Data.EntityConfigurations;

public sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.ToTable("programmes");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasIndex(p => p.Kind);
        builder.HasOne(p => p.Owner).WithMany().HasForeignKey(p => p.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.MatchingWeights).HasJsonConversion();
        builder.HasMany(p => p.CoOwners).WithOne().HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.SectorTracks).WithOne().HasForeignKey(t => t.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Cohorts).WithOne().HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
    }
}
