using MentorGraph.Api.Features.Mentors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Api.Data.EntityConfigurations;

public sealed class MentorLanguageConfiguration : IEntityTypeConfiguration<MentorLanguage>
{
    public void Configure(EntityTypeBuilder<MentorLanguage> builder)
    {
        builder.ToTable("mentor_languages");
        builder.HasKey(l => new { l.MentorId, l.LanguageCode });
        builder.HasIndex(l => new { l.LanguageCode, l.Level });
    }
}
