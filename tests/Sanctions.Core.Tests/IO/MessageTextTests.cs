using FsCheck;
using Sanctions.Core.IO;
using Xunit;

namespace Sanctions.Core.Tests.IO;

public sealed class MessageTextTests
{
    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Message_AnyText_HasNoControlCharacterAndABoundedLength(string? text)
    {
        var shown = MessageText.Message(text ?? string.Empty);
        return !shown.Any(char.IsControl) && shown.Length <= MessageText.MaxMessage + 200;
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Message_ShortPrintableText_IsKeptAsItIs(NonNull<string> text)
    {
        // Printable and short by construction: control characters dropped, cut to the longest value shown whole.
        var value = new string([.. text.Get.Where(c => !char.IsControl(c)).Take(MessageText.MaxValue)]);
        return MessageText.Message(value) == value;
    }

    [Fact]
    public void Message_LongQuotedValue_KeepsItsStartAndTheRestOfTheMessage()
    {
        var value = new string('a', 5000);

        var shown = MessageText.Message($"ent_num '{value}' is not a whole number");

        Assert.StartsWith("ent_num 'aaaa", shown, StringComparison.Ordinal);
        Assert.EndsWith("' is not a whole number", shown, StringComparison.Ordinal);
        Assert.Contains($"… ({5000 - MessageText.MaxValue} more characters)", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_Nul_IsEscaped()
    {
        Assert.Equal("a\\u0000b", MessageText.Value("a\0b"));
    }

    [Fact]
    public void Value_CutBeforeASurrogatePair_DoesNotSplitIt()
    {
        var value = new string('a', MessageText.MaxValue - 1) + "😀" + "tail";

        var shown = MessageText.Value(value);

        Assert.False(char.IsHighSurrogate(shown[MessageText.MaxValue - 1]) && !char.IsLowSurrogate(shown[MessageText.MaxValue]));
    }
}
