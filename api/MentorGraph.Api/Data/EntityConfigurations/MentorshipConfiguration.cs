using MentorGraph.Api.Data.Conversions;
using MentorGraph.Api.Features.Mentees;
using MentorGraph.Api.Features.Mentors;
using MentorGraph.Api.Features.Mentorships;
using MentorGraph.Api.Features.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Api.Data.EntityConfigurations;

public sealed class MentorshipConfiguration : IEntityTypeConfiguration<Mentorship>
{
    public void Configure(EntityTypeBuilder<Mentorship> builder)
    {
        builder.ToTable("mentorships");
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => new { m.MentorId, m.Status });
        builder.HasIndex(m => new { m.MenteeId, m.Status });
        builder.HasIndex(m => new { m.ProgrammeId, m.Status });
        builder.Property(m => m.ScoreExplanation).HasJsonConversion();
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasOne<Programme>().WithMany().HasForeignKey(m => m.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Mentor>().WithMany().HasForeignKey(m => m.MentorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Mentee>().WithMany().HasForeignKey(m => m.MenteeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Mentorship>().WithMany().HasForeignKey(m => m.ReplacesMentorshipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Goals).WithOne().HasForeignKey(g => g.MentorshipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.CheckIns).WithOne().HasForeignKey(c => c.MentorshipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Feedback).WithOne().HasForeignKey(f => f.MentorshipId).OnDelete(DeleteBehavior.Cascade);
    }
}
