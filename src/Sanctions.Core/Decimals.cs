namespace Sanctions.Core;

// Decimals keep their scale (60.0 is not written as 60), yet compare equal: percentages are shown and written without
// trailing zeros, so that equal values give equal text in the model's ToString and in the JSON format.
internal static class Decimals
{
    // 25.50 -> 25.5, 60.0 -> 60: dividing by a one of the largest scale gives the smallest scale that holds the value.
    public static decimal WithoutTrailingZeros(decimal value) => value / 1.000000000000000000000000000000000m;
}
