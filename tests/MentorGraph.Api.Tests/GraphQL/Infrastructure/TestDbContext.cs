using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Tests.GraphQL.Infrastructure;

public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    public DbSet<TestMentor> Mentors => Set<TestMentor>();

    public DbSet<TestOrganisation> Organisations => Set<TestOrganisation>();

    public DbSet<TestEvent> Events => Set<TestEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TestMentor>().HasMany(m => m.Languages).WithOne().HasForeignKey(l => l.MentorId);
        modelBuilder.Entity<TestMentor>().Property(m => m.Id).ValueGeneratedNever();
        modelBuilder.Entity<TestOrganisation>().Property(o => o.Id).ValueGeneratedNever();
    }
}
