namespace Sanctions.Core.Temporal;

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is known (<c>2014</c>).</summary>
    Year = 0,

    /// <summary>The year and month are known (<c>2005-07</c>).</summary>
    Month = 1,

    /// <summary>The exact day is known (<c>2014-03-17</c>).</summary>
    Day = 2,
}
