using MentorGraph.Api.Features.Events;
using MentorGraph.Api.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Api.Data.EntityConfigurations;

/// <summary>The check constraint is the database's own guard against overselling, behind <see cref="EventSeats"/>.</summary>
public sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.ToTable("events");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.StartsAt);
        builder.HasIndex(e => e.OrganiserOrganisationId);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganiserOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Programmes).WithOne().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(table => table.HasCheckConstraint("ck_events_seats", "confirmed_count >= 0 AND confirmed_count <= capacity"));
    }
}
