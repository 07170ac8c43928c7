using MentorGraph.Api.Features.Mentees;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Api.Data.EntityConfigurations;

public sealed class MenteeConfiguration : IEntityTypeConfiguration<Mentee>
{
    public void Configure(EntityTypeBuilder<Mentee> builder)
    {
        builder.ToTable("mentees");
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => m.Email);
        builder.HasMany(m => m.Languages).WithOne().HasForeignKey(l => l.MenteeId).OnDelete(DeleteBehavior.Cascade);
    }
}
