namespace Sanctions.Sources;

/// <summary>The published list formats <see cref="ListImporter"/> reads.</summary>
public enum ImportFormat
{
    /// <summary>OFAC legacy CSV: <c>sdn.csv</c> (or <c>cons_prim.csv</c>) with <c>add</c>, <c>alt</c> and <c>comments</c> files; CLI name <c>ofac-sdn-csv</c>.</summary>
    OfacSdnCsv = 0,

    /// <summary>OFAC legacy XML in the <c>sdnList</c> schema (<c>sdn.xml</c>, <c>consolidated.xml</c>); CLI name <c>ofac-xml</c>.</summary>
    OfacXml = 1,

    /// <summary>UN Security Council consolidated list XML; CLI name <c>un-xml</c>.</summary>
    UnXml = 2,

    /// <summary>US Consolidated Screening List CSV from trade.gov; CLI name <c>us-csl</c>.</summary>
    UsCsl = 3,

    /// <summary>OpenSanctions FollowTheMoney JSON lines (<c>entities.ftm.json</c>) and delta files (<c>entities.delta.json</c>); CLI name <c>ftm</c>.</summary>
    Ftm = 4,

    /// <summary>US BIS Denied Persons List, tab-delimited <c>dpl.txt</c>; CLI name <c>bis-dpl</c>.</summary>
    BisDpl = 5,
}
