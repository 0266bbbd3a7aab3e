namespace Sanctions.Core.Parties;

/// <summary>What a list says about a date of birth, from most to least definite.</summary>
public enum BirthDateKind
{
    /// <summary>A whole date: <c>1963-12-21</c>.</summary>
    Exact = 0,

    /// <summary>A month of a year: <c>Nov. 1973</c>.</summary>
    Month = 1,

    /// <summary>A year: <c>1963</c>.</summary>
    Year = 2,

    /// <summary>About a date, month or year: OFAC <c>circa 1960</c>, UN <c>APPROXIMATELY</c>.</summary>
    Approximate = 3,

    /// <summary>Some time in an inclusive range: <c>1960 to 1962</c>, UN <c>BETWEEN</c>; perhaps approximate too.</summary>
    Range = 4,

    /// <summary>Only text that names no calendar date: <c>30-35 years old</c>, a date in another calendar.</summary>
    Text = 5,
}
