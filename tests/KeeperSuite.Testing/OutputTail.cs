namespace KeeperSuite.Testing;

/// <summary>Keeps the last lines a child process wrote, for failure messages.</summary>
internal sealed class OutputTail(int capacity)
{
    private readonly Queue<string> _lines = new();
    private readonly Lock _gate = new();

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

    public override string ToString()
    {
        lock (_gate)
            return _lines.Count == 0 ? "(nothing)" : string.Join(Environment.NewLine, _lines);
    }
}
