using MentorGraph.Api.Features.Mentees;
using MentorGraph.Api.Features.Outcomes;
using MentorGraph.Api.Features.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Api.Data.EntityConfigurations;

public sealed class OutcomeConfiguration : IEntityTypeConfiguration<Outcome>
{
    public void Configure(EntityTypeBuilder<Outcome> builder)
    {
        builder.ToTable("outcomes");
        builder.HasKey(o => o.Id);
        builder.HasIndex(o => new { o.ProgrammeId, o.RecordedOn });
        builder.HasIndex(o => o.MenteeId);
        builder.HasOne<Mentee>().WithMany().HasForeignKey(o => o.MenteeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Programme>().WithMany().HasForeignKey(o => o.ProgrammeId).OnDelete(DeleteBehavior.SetNull);
    }
}
