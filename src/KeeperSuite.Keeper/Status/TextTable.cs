using System.Text;

namespace KeeperSuite.Keeper.Status;

/// <summary>
/// A plain-text table for <c>keeper status</c>: a title, then columns padded to their widest cell. Never wrapped, so an
/// address stays on one line whether the output is a terminal, a pipe or a file.
/// </summary>
public sealed class TextTable(string title, params string[] columns)
{
    private readonly List<string[]> _rows = [];

    public void AddRow(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != columns.Length)
            throw new ArgumentException($"{cells.Length} cells for {columns.Length} columns", nameof(cells));
        _rows.Add(cells);
    }

    public async Task WriteAsync(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var widths = columns.Select((c, i) => _rows.Select(r => r[i].Length).Append(c.Length).Max()).ToArray();
        await output.WriteLineAsync();
        await output.WriteLineAsync(title);
        await output.WriteLineAsync(Line(columns, widths));
        await output.WriteLineAsync(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in _rows)
            await output.WriteLineAsync(Line(row, widths));
    }

    private static string Line(string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
                line.Append("  ");
            line.Append(i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i]));
        }
        return line.ToString();
    }
}
