using MentorGraph.Api.Features.Mentees;
using MentorGraph.Api.Features.Mentors;
using MentorGraph.Api.Features.Mentorships;
using MentorGraph.Api.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Api.Data.EntityConfigurations;

/// <summary>
/// Open capacity is <c>capacity - active_mentee_count</c>: two columns, so that a query can filter
/// on it; the check constraint is the database's own guard behind <see cref="MentorCapacity"/>.
/// </summary>
public sealed class MentorConfiguration : IEntityTypeConfiguration<Mentor>
{
    public void Configure(EntityTypeBuilder<Mentor> builder)
    {
        builder.ToTable("mentors");
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => m.IscoCode);
        builder.HasIndex(m => m.OrganisationId);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Mentee>().WithMany().HasForeignKey(m => m.AlumnusMenteeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(m => m.Languages).WithOne().HasForeignKey(l => l.MentorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.AvailabilityWindows).WithOne().HasForeignKey(w => w.MentorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.AvailabilityExceptions).WithOne().HasForeignKey(e => e.MentorId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(table => table.HasCheckConstraint("ck_mentors_capacity", "active_mentee_count >= 0 AND active_mentee_count <= capacity"));
    }
}
