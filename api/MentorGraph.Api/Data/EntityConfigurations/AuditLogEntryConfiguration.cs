using MentorGraph.Api.Features.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Api.Data.EntityConfigurations;

/// <summary>Entries outlive their subjects (an erasure is itself audited), so no foreign keys.</summary>
public sealed class AuditLogEntryConfiguration : IEntityTypeConfiguration<AuditLogEntry>
{
    public void Configure(EntityTypeBuilder<AuditLogEntry> builder)
    {
        builder.ToTable("audit_log");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.SubjectType, a.SubjectId, a.OccurredAt });
        builder.HasIndex(a => new { a.ActorId, a.OccurredAt });
    }
}
