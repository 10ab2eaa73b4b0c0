using System.Globalization;
using System.Threading;
using SystemDesign.Catalog.Loading;

namespace SystemDesign.Importer.Tests;

public sealed class TextAndNumberTests
{
    [Theory]
    [InlineData("📚 Tutorial 1: Personal Blog Platform", "Tutorial 1: Personal Blog Platform")]
    [InlineData("⚖️ High Availability", "High Availability")]
    [InlineData("🎯 Basic Setup", "Basic Setup")]
    [InlineData("💡 **Tier 0**: Start", "**Tier 0**: Start")]
    [InlineData("Scale to 1,000 QPS", "Scale to 1,000 QPS")]
    [InlineData("1. Use Raft", "1. Use Raft")]
    [InlineData("\"Quoted\" title", "\"Quoted\" title")]
    public void Leading_pictographs_are_stripped_and_nothing_else(string input, string expected) =>
        Assert.Equal(expected, Text.StripLeadingSymbols(input));

    [Theory]
    [InlineData(0.32999999999999996, "0.33")]
    [InlineData(0.44999999999999996, "0.45")]
    [InlineData(0.1 + 0.2, "0.3")]
    [InlineData(1000000000.0, "1000000000")]
    [InlineData(0.99999, "0.99999")]
    [InlineData(1e21, "1E+21")]
    public void Float_artefacts_are_rounded_to_15_significant_digits(double value, string expected) =>
        Assert.Equal(expected, CatalogNumber.Format(value));

    [Theory]
    [InlineData("1,000,000", 1000000.0)]
    [InlineData("150", 150.0)]
    [InlineData("0.32999999999999996", 0.33)]
    [InlineData("-5", -5.0)]
    public void Numeric_constants_become_numbers(string text, double expected) =>
        Assert.Equal(expected, Numbers.ParseConstant(text));

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Boolean_constants_become_booleans(string text, bool expected) =>
        Assert.Equal(expected, Numbers.ParseConstant(text));

    [Theory]
    [InlineData("L5")]
    [InlineData("LRU")]
    [InlineData("60s, 5m, 1h")]
    [InlineData("1,00")]
    [InlineData("10k")]
    [InlineData("True")]
    public void Other_constants_stay_strings(string text) =>
        Assert.Equal(text, Numbers.ParseConstant(text));

    [Fact]
    public void Number_output_does_not_depend_on_the_current_culture()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal("0.33", CatalogNumber.Format(0.32999999999999996));
            Assert.Equal(1234.5, Numbers.ParseConstant("1,234.5"));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Repair_turns_mac_roman_mojibake_back_into_utf8_and_normalises_the_nonbreaking_hyphen()
    {
        Assert.Equal("A → B × 2", TextRepair.RepairLine("A ‚Üí B √ó 2", 1));
        Assert.Equal("📚 Tutorial", TextRepair.RepairLine("\uF8FFüìö Tutorial", 1));
        Assert.Equal("Real-Time", TextRepair.RepairLine(MalformedInputTests.MisEncode("Real\u2011Time"), 1));
    }
}
