namespace Sanctions.Sources.Ofac;

/// <summary>
/// The <c>ent_num</c>s read from a primary file: a bit per number below <see cref="BitLimit"/>, in pages of 4,096 numbers
/// made when a number falls in them, and a hash set for any number above.
/// </summary>
/// <remarks>
/// OFAC's <c>ent_num</c>s are small whole numbers (under 60,000 in 2024): their pages are 8 KB, where a
/// <see cref="HashSet{T}"/> of 18,000 was about 0.9 MB made as it grew, for each file read (issue 16, allocations). Numbers
/// spread further (the 18k benchmark's copies are a million apart) make a page per run of them; a number no list uses
/// (a malformed or hostile file) goes to the hash set, so the page table never exceeds 128 KB.
/// </remarks>
internal sealed class EntNumSet
{
    /// <summary>Numbers below this are held as bits.</summary>
    public const int BitLimit = 1 << 26;

    private const int PageShift = 12;

    private ulong[]?[] pages = new ulong[]?[16];
    private HashSet<int>? large;

    /// <summary>Adds a number; false when it was there already.</summary>
    public bool Add(int number)
    {
        if ((uint)number >= BitLimit)
        {
            return (large ??= []).Add(number);
        }

        var p = number >> PageShift;
        if (p >= pages.Length)
        {
            Array.Resize(ref pages, Math.Max(pages.Length * 2, p + 1));
        }

        var page = pages[p] ??= new ulong[1 << (PageShift - 6)];
        var word = (number >> 6) & ((1 << (PageShift - 6)) - 1);
        var mask = 1UL << (number & 63);
        if ((page[word] & mask) != 0)
        {
            return false;
        }

        page[word] |= mask;
        return true;
    }

    /// <summary>Whether the number was added.</summary>
    public bool Contains(int number)
    {
        if ((uint)number >= BitLimit)
        {
            return large?.Contains(number) ?? false;
        }

        var p = number >> PageShift;
        return p < pages.Length && pages[p] is { } page && (page[(number >> 6) & ((1 << (PageShift - 6)) - 1)] & (1UL << (number & 63))) != 0;
    }
}
