namespace Sanctions.Core.Regimes;

/// <summary>What kind of legal instrument creates or changes sanctions.</summary>
public enum InstrumentKind
{
    /// <summary>A statute or act of a legislature (CAATSA, Public Law 115-44).</summary>
    Statute = 0,

    /// <summary>A part of a statute with its own standing (CAATSA Title II, Section 231).</summary>
    StatutePart = 1,

    /// <summary>An executive order (EO 13661).</summary>
    ExecutiveOrder = 2,

    /// <summary>A regulation (EU Regulation 269/2014).</summary>
    Regulation = 3,

    /// <summary>A decision (EU Council Decision 2014/145/CFSP).</summary>
    Decision = 4,

    /// <summary>A UN Security Council resolution (UNSCR 2231).</summary>
    Resolution = 5,

    /// <summary>An official determination, notice or list publication (the CAATSA §231 List of Specified Persons).</summary>
    Determination = 6,

    /// <summary>Anything else.</summary>
    Other = 7,
}
