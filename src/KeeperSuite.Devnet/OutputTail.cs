namespace KeeperSuite.Devnet;

/// <summary>Keeps the last lines a child process wrote, for failure messages.</summary>
public sealed class OutputTail(int capacity)
{
    private readonly Queue<string> _lines = new();
    private readonly Lock _gate = new();

    /// <summary>Keeps <paramref name="line"/> (null, the end of a stream, is ignored), dropping the oldest beyond the capacity.</summary>
    public void Add(string? line)
    {
        if (line is null)
            return;
        lock (_gate)
        {
            _lines.Enqueue(line);
            while (_lines.Count > capacity)
                _lines.Dequeue();
        }
    }

    /// <summary>The kept lines, one per line, or "(nothing)".</summary>
    public override string ToString()
    {
        lock (_gate)
            return _lines.Count == 0 ? "(nothing)" : string.Join(Environment.NewLine, _lines);
    }
}
