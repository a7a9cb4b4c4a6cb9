using System.Text;
using Ocop.Standards.Text;

namespace Ocop.Standards.Tests.Text;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("NHÃN SÔNG MÃ")]
    [InlineData("nhãn sông mã")]
    [InlineData("nhan song ma")]
    [InlineData("  Nhãn   Sông—Mã!! ")]
    public void Fold_CaseAndDiacriticVariants_AllFoldToTheSameText(string input)
    {
        Assert.Equal("nhan song ma", VietnameseText.Fold(input));
    }

    [Theory]
    [InlineData("đ", "d")]
    [InlineData("Đ", "d")]
    [InlineData("Đặc sản Điện Biên", "dac san dien bien")]
    [InlineData("ĐĂK LĂK", "dak lak")]
    public void Fold_DStroke_BecomesPlainD(string input, string expected)
    {
        Assert.Equal(expected, VietnameseText.Fold(input));
    }

    // Every Vietnamese vowel (plain and with breve, circumflex, horn) in every tone, lower and upper case.
    public static TheoryData<string, string> TonedVowels()
    {
        var rows = new TheoryData<string, string>();
        var groups = new (string Base, string Forms)[]
        {
            ("a", "aàáảãạ"), ("a", "ăằắẳẵặ"), ("a", "âầấẩẫậ"),
            ("e", "eèéẻẽẹ"), ("e", "êềếểễệ"),
            ("i", "iìíỉĩị"),
            ("o", "oòóỏõọ"), ("o", "ôồốổỗộ"), ("o", "ơờớởỡợ"),
            ("u", "uùúủũụ"), ("u", "ưừứửữự"),
            ("y", "yỳýỷỹỵ"),
        };
        foreach (var (baseLetter, forms) in groups)
        {
            foreach (var c in forms)
            {
                rows.Add(c.ToString(), baseLetter);
                rows.Add(char.ToUpperInvariant(c).ToString(), baseLetter);
            }
        }
        return rows;
    }

    [Theory]
    [MemberData(nameof(TonedVowels))]
    public void Fold_EveryTonedVowel_FoldsToItsBaseLetter(string vowel, string expected)
    {
        Assert.Equal(expected, VietnameseText.Fold(vowel));
    }

    [Fact]
    public void TonedVowels_CoverSeventyTwoLowerCaseForms()
    {
        // 12 vowel shapes x 6 (no tone + 5 tones), each in lower and upper case.
        Assert.Equal(144, TonedVowels().Count());
    }

    [Theory]
    [InlineData("Nhãn Sông Mã")]
    [InlineData("Đặc sản Ổi Lê Hưng Yên")]
    [InlineData("Mắm tôm Hậu Lộc")]
    public void Fold_ComposedAndDecomposedInput_GiveTheSameResult(string text)
    {
        var composed = text.Normalize(NormalizationForm.FormC);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);
        Assert.Equal(VietnameseText.Fold(composed), VietnameseText.Fold(decomposed));
    }

    [Fact]
    public void Fold_DecomposedInput_RemovesCombiningMarks()
    {
        // "Mã" written as M, a, U+0303 combining tilde.
        Assert.Equal("ma", VietnameseText.Fold("Ma\u0303"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ---")]
    public void Fold_NothingToKeep_ReturnsEmpty(string? input)
    {
        Assert.Equal(string.Empty, VietnameseText.Fold(input));
    }

    [Fact]
    public void Fold_DigitsAreKept()
    {
        Assert.Equal("ocop 4 sao 2024", VietnameseText.Fold("OCOP 4★ sao, 2024"));
    }

    [Fact]
    public void Normalize_KeepsDiacritics_LowersCase_CollapsesSeparators()
    {
        Assert.Equal("nhãn sông mã", VietnameseText.Normalize("  NHÃN,  Sông--Mã "));
    }

    [Fact]
    public void Normalize_DecomposedInput_IsComposed()
    {
        var decomposed = "Nhãn Sông Mã".Normalize(NormalizationForm.FormD);
        Assert.Equal("nhãn sông mã", VietnameseText.Normalize(decomposed));
    }

    [Fact]
    public void Normalize_DistinguishesToneMarks_WhereFoldDoesNot()
    {
        Assert.NotEqual(VietnameseText.Normalize("mã"), VietnameseText.Normalize("má"));
        Assert.Equal(VietnameseText.Fold("mã"), VietnameseText.Fold("má"));
    }

    [Theory]
    [InlineData("Nhãn Sông Mã", "nhan-song-ma")]
    [InlineData("Nhãn, Sông -- Mã!!!", "nhan-song-ma")]
    [InlineData("  --Đặc sản__Điện Biên--  ", "dac-san-dien-bien")]
    [InlineData("Trà (Shan Tuyết) 100g", "tra-shan-tuyet-100g")]
    [InlineData("???", "")]
    [InlineData(null, "")]
    public void Slugify_ProducesLowerAsciiWithSingleHyphens(string? input, string expected)
    {
        Assert.Equal(expected, VietnameseText.Slugify(input));
    }

    [Fact]
    public void Slugify_DecomposedInput_SameAsComposed()
    {
        var decomposed = "Nhãn Sông Mã".Normalize(NormalizationForm.FormD);
        Assert.Equal("nhan-song-ma", VietnameseText.Slugify(decomposed));
    }

    [Fact]
    public void Slugify_NonLatinLetters_AreDropped()
    {
        Assert.Equal("che-thai-nguyen", VietnameseText.Slugify("Chè 茶 Thái Nguyên"));
    }

    [Fact]
    public void Slugify_DefaultMaxLength_IsEighty()
    {
        var slug = VietnameseText.Slugify(new string('a', 200));
        Assert.Equal(80, slug.Length);
    }

    [Theory]
    [InlineData(12, "nhan-song-ma")]
    [InlineData(10, "nhan-song")]
    [InlineData(5, "nhan")]
    [InlineData(4, "nhan")]
    [InlineData(3, "nha")]
    public void Slugify_MaxLength_CutsWithoutTrailingHyphen(int maxLength, string expected)
    {
        Assert.Equal(expected, VietnameseText.Slugify("Nhãn Sông Mã", maxLength));
    }

    [Theory]
    [InlineData("Thanh toán ĐH-01", "Thanh toan DH-01")]
    [InlineData("ủng hộ lũ lụt", "ung ho lu lut")]
    [InlineData("NHÃN  Sông Mã!", "NHAN  Song Ma!")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void RemoveDiacritics_KeepsCaseSpacingAndPunctuation(string? input, string expected)
    {
        Assert.Equal(expected, VietnameseText.RemoveDiacritics(input));
    }

    [Fact]
    public void RemoveDiacritics_DecomposedInput_SameAsComposed()
    {
        const string text = "Hợp tác xã Đồng Tháp";
        Assert.Equal(VietnameseText.RemoveDiacritics(text.Normalize(NormalizationForm.FormC)),
            VietnameseText.RemoveDiacritics(text.Normalize(NormalizationForm.FormD)));
        Assert.Equal("Hop tac xa Dong Thap", VietnameseText.RemoveDiacritics(text.Normalize(NormalizationForm.FormD)));
    }
}
