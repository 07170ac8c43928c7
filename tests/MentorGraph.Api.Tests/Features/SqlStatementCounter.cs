using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MentorGraph.Api.Tests.Features;

/// <summary>
/// Counts the SQL commands EF Core runs on one database (by connection string), through EF's
/// DiagnosticListener, so that tests running in parallel on other databases do not count.
/// </summary>
public sealed class SqlStatementCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _connectionString;
    private readonly IDisposable _allListeners;
    private readonly List<IDisposable> _subscriptions = [];
    private int _count;

    public SqlStatementCounter(string connectionString)
    {
        _connectionString = connectionString;
        _allListeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public void Dispose()
    {
        _allListeners.Dispose();
        lock (_subscriptions)
        {
            _subscriptions.ForEach(subscription => subscription.Dispose());
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name
            && value.Value is CommandEventData data
            && data.Command.Connection?.ConnectionString == _connectionString)
        {
            Interlocked.Increment(ref _count);
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }
}
