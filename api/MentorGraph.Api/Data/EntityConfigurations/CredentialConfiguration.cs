using MentorGraph.Api.Features.Credentials;
using MentorGraph.Api.Features.Mentees;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Api.Data.EntityConfigurations;

public sealed class CredentialConfiguration : IEntityTypeConfiguration<Credential>
{
    public void Configure(EntityTypeBuilder<Credential> builder)
    {
        builder.ToTable("credentials");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.MenteeId);
        builder.HasOne<Mentee>().WithMany().HasForeignKey(c => c.MenteeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.RecognitionSteps).WithOne().HasForeignKey(s => s.CredentialId).OnDelete(DeleteBehavior.Cascade);
    }
}
