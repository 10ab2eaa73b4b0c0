using System.Globalization;
using System.Text.Json;
using SystemDesign.Reports;

namespace SystemDesign.Engine.Tests.Reports;

/// <summary>The small pieces under the reports: JSON escaping, number formats, Markdown escaping, wrapping.</summary>
public sealed class ReportWriterTests
{
    [Fact]
    public void Json_strings_are_escaped_per_rfc_8259_and_read_back_unchanged()
    {
        string nasty = "quote \" backslash \\ tab \t nl \n cr \r bell \u0007 nul \0 ls \u2028 × → 😀 lone \ud800 end";
        string json = Json(w =>
        {
            w.WriteStartObject();
            w.WriteString("s", nasty);
            w.WriteEndObject();
        });

        Assert.Contains("\\\"", json, System.StringComparison.Ordinal);
        Assert.Contains("\\u0007", json, System.StringComparison.Ordinal);
        Assert.Contains("\\u0000", json, System.StringComparison.Ordinal);
        Assert.Contains("\\u2028", json, System.StringComparison.Ordinal);
        Assert.Contains("lone \ufffd end", json, System.StringComparison.Ordinal);
        Assert.Contains("× → 😀", json, System.StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(nasty.Replace("\ud800", "\ufffd", System.StringComparison.Ordinal), document.RootElement.GetProperty("s").GetString());
    }

    [Fact]
    public void Json_numbers_are_shortest_round_trip()
    {
        string json = Json(w =>
        {
            w.WriteStartArray();
            w.WriteNumberValue(0.1 + 0.2);
            w.WriteNumberValue(1e21);
            w.WriteNumberValue(1000.0);
            w.WriteNumberValue(-0.0);
            w.WriteEndArray();
        });

        Assert.Equal("[\n  0.30000000000000004,\n  1E+21,\n  1000,\n  -0\n]", json);
        using var document = JsonDocument.Parse(json);
    }

    [Fact]
    public void Empty_containers_are_written_on_one_line()
    {
        string json = Json(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("a");
            w.WriteEndArray();
            w.WriteStartObject("o");
            w.WriteEndObject();
            w.WriteEndObject();
        });

        Assert.Equal("{\n  \"a\": [],\n  \"o\": {}\n}", json);
    }

    [Theory]
    [InlineData(1200.0, 2, "1,200")]
    [InlineData(99.99999999999997, 2, "100")]
    [InlineData(1234567.891, 2, "1,234,567.89")]
    [InlineData(-0.0001, 2, "0")]
    [InlineData(double.PositiveInfinity, 2, "unbounded")]
    public void Numbers_use_invariant_thousands_separators(double value, int decimals, string expected) =>
        Assert.Equal(expected, NumberText.Number(value, decimals));

    [Theory]
    [InlineData(0.8333333333333334, "83.3%")]
    [InlineData(3.3333333333333335, "333.3%")]
    [InlineData(66.66666666666667, "6,666.7%")]
    [InlineData(0.18, "18%")]
    public void Percentages_have_one_decimal_at_most(double ratio, string expected) =>
        Assert.Equal(expected, NumberText.ShortPercent(ratio));

    [Theory]
    [InlineData(0.999, "99.9%", "8.76 h")]
    [InlineData(0.99999, "99.999%", "5.26 min")]
    [InlineData(0.9800514856749376, "98.01%", "174.75 h")]
    [InlineData(0.9999999999867799, "99.99999999868%", "under 0.01 s")]
    [InlineData(1.0, "100%", "0 s")]
    public void Availability_keeps_the_digits_that_matter_and_downtime_picks_a_unit(double availability, string text, string downtime)
    {
        Assert.Equal(text, NumberText.Availability(availability));
        Assert.Equal(downtime, NumberText.DowntimePerYear(availability));
    }

    [Fact]
    public void Money_has_cents_and_thousands_separators()
    {
        Assert.Equal("$583,678.80", NumberText.Money(583678.8));
        Assert.Equal("$0.00", NumberText.Money(0));
        Assert.Equal("$22.27", NumberText.Money(22.265000000000001));
    }

    [Fact]
    public void Markdown_escapes_formatting_but_leaves_underscores_inside_words()
    {
        Assert.Equal("read_qps a \\| b \\*c\\* \\_x\\_ \\$5 \\<br\\> \\`x\\`", Markdown.Escape("read_qps a | b *c* _x_ $5 <br> `x`"));
        Assert.Equal("line<br>next", Markdown.Escape("line\r\nnext"));
        Assert.Equal("`a\\|b`", Markdown.Code("a|b"));
    }

    [Fact]
    public void Wrapping_breaks_at_spaces_within_the_width_and_keeps_long_words_whole()
    {
        var lines = TextWrap.Lines("aaa bbb ccc ddd", 7, 5);
        Assert.Equal(new[] { "aaa bbb", "ccc", "ddd" }, lines);
        Assert.Equal(new[] { "abcdefghij", "k" }, TextWrap.Lines("abcdefghij k", 4, 4));
    }

    [Fact]
    public void Formatting_ignores_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("1,234.5", NumberText.Number(1234.5, 2));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    // The report's writer settings: the one JSON writing of every file of ours (indented, the readable escaping).
    private static string Json(System.Action<Utf8JsonWriter> write) =>
        System.Text.Encoding.UTF8.GetString(SystemDesign.Catalog.Loading.JsonWriting.Write(write));
}
