using MentorGraph.Api.Data.Conversions;
using MentorGraph.Api.Features.Opportunities;
using MentorGraph.Api.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Api.Data.EntityConfigurations;

/// <summary>The check constraint is the database's own guard against overselling, behind <see cref="OpportunitySeats"/>.</summary>
public sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> builder)
    {
        builder.ToTable("opportunities");
        builder.HasKey(o => o.Id);
        builder.HasIndex(o => new { o.Status, o.Sector });
        builder.HasIndex(o => o.EmployerOrganisationId);
        builder.Property(o => o.LanguageRequirements).HasJsonConversion();
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(o => o.EmployerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(table => table.HasCheckConstraint("ck_opportunities_seats", "seats_taken >= 0 AND seats_taken <= seats"));
    }
}
