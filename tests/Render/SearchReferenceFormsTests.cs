using StatementArchive.Render;

namespace StatementArchive.Tests.Render;

/// <summary>The other written forms of a reference number that the search index holds beside it (only words the reference lacks).</summary>
public class SearchReferenceFormsTests
{
    [Theory]
    [InlineData("Press Release (2022) 061", "pr 61")]
    [InlineData("Communiqué de presse (2022) 061", "pr 61")]
    [InlineData("PR (2022) 125", "press release")]
    [InlineData("PR/CP(2021)086", "press release 86")]
    [InlineData("PR (2022) 000", "press release 0")]
    [InlineData("SG(2020)0042", "42")]
    [InlineData("C-M(2019)12", "")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void A_reference_is_also_indexed_in_the_forms_it_is_written_in_elsewhere(string? reference, string others) =>
        Assert.Equal(others, SearchReferenceForms.Others(reference));
}
