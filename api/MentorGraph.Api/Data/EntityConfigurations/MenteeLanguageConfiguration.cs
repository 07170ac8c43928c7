using MentorGraph.Api.Features.Mentees;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Api.Data.EntityConfigurations;

public sealed class MenteeLanguageConfiguration : IEntityTypeConfiguration<MenteeLanguage>
{
    public void Configure(EntityTypeBuilder<MenteeLanguage> builder)
    {
        builder.ToTable("mentee_languages");
        builder.HasKey(l => new { l.MenteeId, l.LanguageCode });
    }
}
