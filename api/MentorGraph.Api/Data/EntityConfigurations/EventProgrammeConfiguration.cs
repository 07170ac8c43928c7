using MentorGraph.Api.Features.Events;
using MentorGraph.Api.Features.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Api.Data.EntityConfigurations;

public sealed class EventProgrammeConfiguration : IEntityTypeConfiguration<EventProgramme>
{
    public void Configure(EntityTypeBuilder<EventProgramme> builder)
    {
        builder.ToTable("event_programmes");
        builder.HasKey(p => new { p.EventId, p.ProgrammeId });
        builder.HasIndex(p => p.ProgrammeId);
        builder.HasOne<Programme>().WithMany().HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
    }
}
