using MentorGraph.Api.Data.Conversions;
using MentorGraph.Api.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Api.Data.EntityConfigurations;

public sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.HasKey(o => o.Id);
        builder.HasIndex(o => o.Slug).IsUnique();
        builder.HasIndex(o => o.Kind);
        builder.Property(o => o.Widget).HasJsonConversion();
        builder.HasMany(o => o.Staff).WithOne(s => s.Organisation).HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
