using MentorGraph.Api.Features.Organisations;
using MentorGraph.Api.Features.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Api.Data.EntityConfigurations;

public sealed class ProgrammeCoOwnerConfiguration : IEntityTypeConfiguration<ProgrammeCoOwner>
{
    public void Configure(EntityTypeBuilder<ProgrammeCoOwner> builder)
    {
        builder.ToTable("programme_co_owners");
        builder.HasKey(c => new { c.ProgrammeId, c.OrganisationId });
        builder.HasOne(c => c.Organisation).WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
