using Supervision.Domain.Decisions;
using Supervision.Domain.Findings;
using Supervision.Domain.Plans;

namespace Supervision.Domain.Tests.Decisions;

public class when_text_names_an_enum_value
{
    [Theory]
    [InlineData("minor", FindingSeverity.Minor)]
    [InlineData("serious", FindingSeverity.Serious)]
    public void the_camel_case_name_reads_as_its_value(string text, FindingSeverity expected)
    {
        EnumNames.TryParse<FindingSeverity>(text, out var value).ShouldBeTrue();
        value.ShouldBe(expected);
    }

    [Fact]
    public void a_name_of_two_words_keeps_its_inner_capital() =>
        (EnumNames.TryParse<Cadence>("halfYearly", out var cadence), cadence, EnumNames.Of(Cadence.HalfYearly))
            .ShouldBe((true, Cadence.HalfYearly, "halfYearly"));

    [Theory]
    [InlineData("general, serious")]
    [InlineData("general,serious")]
    [InlineData("Minor")]
    [InlineData("MINOR")]
    [InlineData("1")]
    [InlineData("-1")]
    [InlineData(" minor")]
    [InlineData("minor ")]
    [InlineData("")]
    [InlineData(null)]
    public void anything_but_a_defined_name_is_refused(string? text) =>
        EnumNames.TryParse<FindingSeverity>(text, out _).ShouldBeFalse();

    [Fact]
    public void a_value_the_enum_does_not_define_has_no_name()
    {
        var combined = (FindingSeverity)3;

        EnumNames.IsDefined(combined).ShouldBeFalse();
        Should.Throw<ArgumentOutOfRangeException>(() => EnumNames.Of(combined));
        EnumNames.Undefined(combined, "severity").ShouldNotBeNull().Field.ShouldBe("severity");
        EnumNames.Undefined(FindingSeverity.Serious, "severity").ShouldBeNull();
    }

    [Fact]
    public void the_names_are_listed_in_declaration_order() =>
        EnumNames.Listed<FindingSeverity>().ShouldBe("minor, general, serious");
}
