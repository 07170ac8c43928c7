using MentorGraph.Api.Features.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Api.Data.EntityConfigurations;

public sealed class SectorTrackConfiguration : IEntityTypeConfiguration<SectorTrack>
{
    public void Configure(EntityTypeBuilder<SectorTrack> builder)
    {
        builder.ToTable("sector_tracks");
        builder.HasKey(t => t.Id);
        builder.HasIndex(t => t.Sector);
        builder.HasIndex(t => t.IscoCode);
    }
}
