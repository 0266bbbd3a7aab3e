namespace Sanctions.Screening;

/// <summary>What a word of a name is, as the analysis reads it; the role decides the word's weight.</summary>
public enum TokenRole
{
    /// <summary>A name word (given name, or a word of an organisation's name).</summary>
    Name = 0,

    /// <summary>A family name, known from the <c>LAST, Given</c> form.</summary>
    Family = 1,

    /// <summary>A single letter standing for a given name (<c>V. Putin</c>).</summary>
    Initial = 2,

    /// <summary>A particle (<c>al</c>, <c>bin</c>, <c>abu</c>, <c>van</c>, <c>de</c>…): weighed low, never needed.</summary>
    Particle = 3,

    /// <summary>An organisation's legal form (<c>LLC</c>, <c>OOO</c>, <c>JSC</c>, <c>GmbH</c>, <c>S.A.</c>, <c>Ltd</c>…): weighed low.</summary>
    LegalForm = 4,

    /// <summary>A stopword (<c>the</c>, <c>of</c>, <c>and</c>…): weighed lowest.</summary>
    Stopword = 5,

    /// <summary>A word with digits (<c>7</c>, <c>2nd</c>): numbers must agree.</summary>
    Number = 6,
}
