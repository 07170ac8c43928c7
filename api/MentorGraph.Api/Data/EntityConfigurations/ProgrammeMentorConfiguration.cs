using MentorGraph.Api.Features.Mentors;
using MentorGraph.Api.Features.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Api.Data.EntityConfigurations;

public sealed class ProgrammeMentorConfiguration : IEntityTypeConfiguration<ProgrammeMentor>
{
    public void Configure(EntityTypeBuilder<ProgrammeMentor> builder)
    {
        builder.ToTable("programme_mentors");
        builder.HasKey(m => new { m.ProgrammeId, m.MentorId });
        builder.HasIndex(m => m.MentorId);
        builder.HasOne<Programme>().WithMany().HasForeignKey(m => m.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Mentor>().WithMany().HasForeignKey(m => m.MentorId).OnDelete(DeleteBehavior.Cascade);
    }
}
