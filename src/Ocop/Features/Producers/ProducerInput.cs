using Ocop.Features.Geography;
using Ocop.Standards.VietQr;

namespace Ocop.Features.Producers;

/// <summary>What a person types about a producer; validated into clear Vietnamese messages.</summary>
public sealed record ProducerInput
{
    public string? Name { get; init; }
    public LegalForm? LegalForm { get; init; }
    public string? RegistrationNumber { get; init; }
    public string? RepresentativeName { get; init; }
    public Gender? RepresentativeGender { get; init; }
    public bool RepresentativeIsEthnicMinority { get; init; }
    public string? RepresentativeEthnicity { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? AddressLine { get; init; }
    public string? CommuneCode { get; init; }
    public string? BankBin { get; init; }
    public string? BankAccountNumber { get; init; }
    public string? BankAccountName { get; init; }
    public string? Tagline { get; init; }
    public string? Story { get; init; }

    public Validation Validate(GeographyDirectory geo)
    {
        var v = new Validation();
        v.Require(!string.IsNullOrWhiteSpace(Name) && Name.Trim().Length is >= 3 and <= 200, "name", "Tên chủ thể phải từ 3 đến 200 ký tự.");
        v.Require(LegalForm is not null && Enum.IsDefined(LegalForm.Value), "legalForm", "Vui lòng chọn loại hình chủ thể.");
        v.Require(!string.IsNullOrWhiteSpace(RepresentativeName) && RepresentativeName.Trim().Length <= 120, "representativeName", "Vui lòng nhập tên người đại diện.");
        v.Require(RepresentativeGender is not null && Enum.IsDefined(RepresentativeGender.Value), "representativeGender", "Vui lòng chọn giới tính người đại diện.");
        v.Require(PhoneNumbers.IsValid(Phone), "phone", "Số điện thoại không hợp lệ (ví dụ 0912345678).");
        v.Require(string.IsNullOrWhiteSpace(Email) || new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(Email), "email", "Email không hợp lệ.");
        v.Require(geo.Commune(CommuneCode) is not null, "communeCode", "Mã xã không có trong danh mục đơn vị hành chính (Quyết định 19/2025/QĐ-TTg).");
        v.Require(RegistrationNumber is null || RegistrationNumber.Trim().Length <= 40, "registrationNumber", "Số đăng ký tối đa 40 ký tự.");
        v.Require(AddressLine is null || AddressLine.Length <= 300, "addressLine", "Địa chỉ tối đa 300 ký tự.");
        v.Require(Tagline is null || Tagline.Length <= 200, "tagline", "Khẩu hiệu tối đa 200 ký tự.");
        v.Require(Story is null || Story.Length <= 20000, "story", "Câu chuyện tối đa 20.000 ký tự.");
        foreach (var (field, value) in new[] { ("name", Name), ("representativeName", RepresentativeName), ("addressLine", AddressLine), ("tagline", Tagline), ("bankAccountName", BankAccountName) })
            if (Html.ContainsMarkup(value)) v.Add(field, "Không được nhập mã HTML hoặc script.");

        var anyBank = !string.IsNullOrWhiteSpace(BankBin) || !string.IsNullOrWhiteSpace(BankAccountNumber) || !string.IsNullOrWhiteSpace(BankAccountName);
        if (anyBank)
        {
            v.Require(Banks.FindByBin(BankBin) is not null, "bankBin", "Vui lòng chọn ngân hàng trong danh sách.");
            v.Require(BankAccountNumber is not null && BankAccountNumber.Length is >= 6 and <= 19 && BankAccountNumber.All(char.IsAsciiLetterOrDigit),
                "bankAccountNumber", "Số tài khoản gồm 6–19 chữ số hoặc chữ cái, không dấu cách.");
            v.Require(!string.IsNullOrWhiteSpace(BankAccountName) && BankAccountName.Trim().Length <= 100, "bankAccountName", "Vui lòng nhập tên chủ tài khoản.");
        }
        return v;
    }

    public void ApplyTo(Producer p, GeographyDirectory geo)
    {
        p.Name = Name!.Trim();
        p.LegalForm = LegalForm!.Value;
        p.RegistrationNumber = Blank(RegistrationNumber);
        p.RepresentativeName = RepresentativeName!.Trim();
        p.RepresentativeGender = RepresentativeGender!.Value;
        p.RepresentativeIsEthnicMinority = RepresentativeIsEthnicMinority;
        p.RepresentativeEthnicity = Blank(RepresentativeEthnicity);
        p.Phone = PhoneNumbers.Normalize(Phone!);
        p.Email = Blank(Email);
        p.AddressLine = Blank(AddressLine);
        p.CommuneCode = CommuneCode!;
        p.ProvinceCode = geo.Commune(CommuneCode)!.ProvinceCode;
        p.BankBin = Blank(BankBin);
        p.BankAccountNumber = Blank(BankAccountNumber);
        p.BankAccountName = Blank(BankAccountName) is { } n ? Standards.Text.VietnameseText.RemoveDiacritics(n).ToUpperInvariant() : null;
        p.Tagline = Blank(Tagline);
        p.Story = Blank(Story);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    public static ProducerInput From(Producer p) => new()
    {
        Name = p.Name, LegalForm = p.LegalForm, RegistrationNumber = p.RegistrationNumber, RepresentativeName = p.RepresentativeName,
        RepresentativeGender = p.RepresentativeGender, RepresentativeIsEthnicMinority = p.RepresentativeIsEthnicMinority,
        RepresentativeEthnicity = p.RepresentativeEthnicity, Phone = p.Phone, Email = p.Email, AddressLine = p.AddressLine,
        CommuneCode = p.CommuneCode, BankBin = p.BankBin, BankAccountNumber = p.BankAccountNumber, BankAccountName = p.BankAccountName,
        Tagline = p.Tagline, Story = p.Story,
    };
}
