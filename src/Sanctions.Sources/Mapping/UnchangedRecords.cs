using System.Globalization;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Ofac;

namespace Sanctions.Sources.Mapping;

/// <summary>
/// Across successive OFAC CSV publications of one history import, tells which records are stated by rows that are byte
/// for byte those of the publication before, so that their mapping is taken over rather than done again (issue 16).
/// </summary>
/// <remarks>
/// <para>Month to month, a few hundred of the SDN list's 15,000 entries change. Mapping every row of every publication
/// again, and letting the merge replace each party with an equal new one, made a 34-publication history eight times its
/// reading: the new objects all lived long enough to be copied to the oldest generation of the collector and then died.
/// The decision is made on the rows' bytes before the entry is read (<see cref="OfacCsvReader.Read"/>'s <c>takenOver</c>):
/// a record taken over is neither read into strings nor its remarks parsed again, which was most of what a history
/// import allocated (520 MB for the 34 monthly SDN publications, 292 MB without it). Every row is still split and counted.</para>
/// <para>A record is taken over only when all of these hold: its <c>ent_num</c> has the same rows in every file of the
/// publication (sdn, add, alt, comments; compared byte for byte, line ends included) as in the publication before; its
/// reading and mapping then raised no issue (an issue is reported again for each publication, at the row's line, so such
/// a record is read and mapped each time) and made no relation; it has one primary row; and the publication has one
/// list's files. <c>Linked To</c> names are linked again over the whole publication, as they depend on the other
/// entries' names: what linking keeps of a record taken over is the previous publication's, at the row's new line.
/// Anything else is read and mapped as before, so the world and the issues are the same either way.</para>
/// </remarks>
internal sealed class UnchangedRecords
{
    private Rows? previous;
    private Rows? current;
    private RecordTable? previousRecords;
    private RecordTable? spareRecords;
    private Rows? spare;
    private Dictionary<int, Clean> previousClean = [];
    private Dictionary<int, Clean> clean = [];

    /// <summary>How many records were taken over, over the whole import (for profiles and tests).</summary>
    public int TakenOver { get; private set; }

    /// <summary>Starts a publication: reads its rows (when it has one list's files) to compare with the one before.</summary>
    public void Begin(IReadOnlyList<OfacCsvFiles> groups)
    {
        current = groups.Count == 1 ? Rows.Scan(groups[0], spare) : null;
        spare = null;
        clean.Clear();
    }

    /// <summary>
    /// A snapshot for the next publication, over the records table of the publication before the last (no longer
    /// used): a new one per publication made the collector go through the whole heap sooner.
    /// </summary>
    public Snapshot NewSnapshot(NodaTime.Instant? published, string? version)
    {
        var records = spareRecords;
        spareRecords = null;
        return records is null ? new Snapshot(published, version) : new Snapshot(published, version, records);
    }

    /// <summary>
    /// Puts into <paramref name="snapshot"/> the record mapped from the publication before for the entry
    /// <paramref name="entNum"/>, read at <paramref name="location"/>, when its rows did not change and it was read and
    /// mapped cleanly, and into <paramref name="linking"/> what linking looks at of it; false when the entry must be read
    /// and mapped. Decided on the rows' bytes, before the entry is read: a record taken over makes no string.
    /// </summary>
    public bool TryTakeOver(int entNum, SourceLocation location, Snapshot snapshot, LinkSources linking)
    {
        if (current is null || previous is null || previousRecords is null
            || !previousClean.TryGetValue(entNum, out var before)
            || !previousRecords.TryGetValue(before.PartyId, out var record)
            || snapshot.Records.ContainsKey(before.PartyId)
            || !Rows.Same(previous, current, entNum))
        {
            return false;
        }

        if (record.HasRelations)
        {
            // Its relations come from linking, which looks at the whole publication and is done again: the rest is kept.
            snapshot.Records.AddWithoutRelations(before.PartyId, record);
        }
        else
        {
            snapshot.Records.AddCopy(before.PartyId, record);
        }

        snapshot.TakenOver.Add(before.PartyId);
        TakenOver++;
        if (before.Link is { } link)
        {
            // The same names to link, from the row's new place in the file.
            var moved = link with { Location = location };
            linking.Add(moved);
            before = before with { Link = moved };
        }

        clean[entNum] = before;
        return true;
    }

    /// <summary>
    /// Notes how the entry <paramref name="entNum"/> of <paramref name="partyId"/> was read and mapped: with no issue, into
    /// a record without relations of its own (not from linking), it may be taken over next time, and
    /// <paramref name="link"/> with it (what linking kept of it, if anything).
    /// </summary>
    public void Mapped(int entNum, string partyId, bool issues, Snapshot snapshot, LinkSource? link)
    {
        if (!issues && snapshot.Records.TryGetValue(partyId, out var record) && !record.HasRelations)
        {
            clean[entNum] = new Clean(partyId, link);
        }
        else
        {
            clean.Remove(entNum);
        }
    }

    /// <summary>Ends a publication: its rows and records are what the next one is compared with.</summary>
    public void End(Snapshot snapshot)
    {
        spare = previous;
        previous = current;
        current = null;
        spareRecords = previousRecords;
        previousRecords = previous is null ? null : snapshot.Records;
        (previousClean, clean) = (clean, previousClean);
    }

    /// <summary>An entry read and mapped with no issue: its party's id and what linking kept of it.</summary>
    private readonly record struct Clean(string PartyId, LinkSource? Link);

    /// <summary>The rows of one publication's files by <c>ent_num</c>: where each starts and how long it is.</summary>
    private sealed class Rows
    {
        private readonly byte[]?[] files = new byte[4][];
        private readonly int[] lengths = new int[4];
        private readonly Dictionary<int, (int First, int Last)> chains = [];
        private readonly List<Row> rows = [];

        /// <summary>
        /// Reads and splits the files, into the buffers of <paramref name="reuse"/> (rows no longer used) when given; null
        /// when a file cannot be split (a quote left open, a row without an <c>ent_num</c>).
        /// </summary>
        public static Rows? Scan(OfacCsvFiles group, Rows? reuse)
        {
            SourceFile?[] sources = [group.Primary, group.Addresses, group.Aliases, group.Comments];
            var result = reuse ?? new Rows();
            result.chains.Clear();
            result.rows.Clear();
            for (var f = 0; f < sources.Length; f++)
            {
                result.lengths[f] = sources[f] is { } source ? ReadAll(source, ref result.files[f]) : 0;
            }

            for (var f = 0; f < sources.Length; f++)
            {
                if (!result.Split(f))
                {
                    return null;
                }
            }

            return result;
        }

        /// <summary>Whether <paramref name="key"/> has the same rows, in the same files and order, in both publications, and one primary row.</summary>
        public static bool Same(Rows before, Rows now, int key)
        {
            if (!before.chains.TryGetValue(key, out var a) || !now.chains.TryGetValue(key, out var b))
            {
                return false;
            }

            var (i, j) = (a.First, b.First);
            var primaries = 0;
            while (i >= 0 && j >= 0)
            {
                var (x, y) = (before.rows[i], now.rows[j]);
                if (x.File != y.File || x.Length != y.Length
                    || !before.files[x.File].AsSpan(x.Start, x.Length).SequenceEqual(now.files[y.File]!.AsSpan(y.Start, y.Length)))
                {
                    return false;
                }

                primaries += x.File == 0 ? 1 : 0;
                (i, j) = (x.Next, y.Next);
            }

            return i < 0 && j < 0 && primaries == 1;
        }

        /// <summary>Reads the whole file into <paramref name="buffer"/>, made larger when needed; returns its length.</summary>
        private static int ReadAll(SourceFile source, ref byte[]? buffer)
        {
            using var stream = source.Open();
            var size = stream.CanSeek ? (int)Math.Min(stream.Length + 1, Array.MaxLength) : 1 << 20;
            if (buffer is null || buffer.Length < size)
            {
                // With an eighth more room: a list grows from one publication to the next, and a buffer made just large
                // enough was too small for the next publication but one, so made again for nearly every publication.
                buffer = new byte[(int)Math.Min(size + (size / 8L), Array.MaxLength)];
            }

            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, Array.MaxLength));
                }

                var read = stream.Read(buffer, length, buffer.Length - length);
                if (read == 0)
                {
                    return length;
                }

                length += read;
            }
        }

        private bool Split(int file)
        {
            var data = files[file].AsSpan(0, lengths[file]);
            var start = 0;
            while (start < data.Length)
            {
                // A row ends at a line feed outside quotes; a doubled quote inside a quoted field toggles twice.
                var quoted = false;
                var end = start;
                while (true)
                {
                    var next = data[end..].IndexOfAny((byte)'"', (byte)'\n');
                    if (next < 0)
                    {
                        if (quoted)
                        {
                            return false;
                        }

                        end = data.Length;
                        break;
                    }

                    end += next;
                    if (data[end] == (byte)'"')
                    {
                        quoted = !quoted;
                        end++;
                        continue;
                    }

                    if (!quoted)
                    {
                        end++;
                        break;
                    }

                    end++;
                }

                if (!Add(file, start, end - start))
                {
                    return false;
                }

                start = end;
            }

            return true;
        }

        private bool Add(int file, int start, int length)
        {
            var row = files[file]!.AsSpan(start, length);
            var comma = row.IndexOf((byte)',');
            var field = (comma < 0 ? row : row[..comma]).Trim(" \t\r\n\""u8);
            if (!int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var key))
            {
                // A blank row or the end-of-file mark (0x1A) states nothing; anything else, the reader will tell about.
                return row.Trim(" \t\r\n\u001a"u8).IsEmpty;
            }

            rows.Add(new Row(file, start, length, -1));
            var index = rows.Count - 1;
            if (chains.TryGetValue(key, out var chain))
            {
                rows[chain.Last] = rows[chain.Last] with { Next = index };
                chains[key] = (chain.First, index);
            }
            else
            {
                chains.Add(key, (index, index));
            }

            return true;
        }

        private readonly record struct Row(int File, int Start, int Length, int Next);
    }
}
