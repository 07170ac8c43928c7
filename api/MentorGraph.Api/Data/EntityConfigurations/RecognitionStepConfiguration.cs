using MentorGraph.Api.Features.Credentials;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Api.Data.EntityConfigurations;

public sealed class RecognitionStepConfiguration : IEntityTypeConfiguration<RecognitionStep>
{
    public void Configure(EntityTypeBuilder<RecognitionStep> builder)
    {
        builder.ToTable("recognition_steps");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.CredentialId, s.Sequence }).IsUnique();
    }
}
