using Ocop.Features.Matching;

namespace Ocop.Tests.Matching;

/// <summary>The adjacency and regions of the 34 provinces: complete, symmetric, and right on known borders.</summary>
public sealed class ProvinceNeighboursTests
{
    private static readonly string[] Official =
    [
        "01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31", "33", "37", "38", "40", "42", "44", "46",
        "48", "51", "52", "56", "66", "68", "75", "79", "80", "82", "86", "91", "92", "96",
    ];

    [Fact]
    public void EveryProvinceOfDecision19_HasARegionAndAtLeastOneNeighbour()
    {
        Assert.Equal(Official, ProvinceNeighbours.ProvinceCodes.Order());
        Assert.All(Official, p =>
        {
            Assert.NotNull(ProvinceNeighbours.RegionOf(p));
            Assert.NotEmpty(ProvinceNeighbours.NeighboursOf(p));
        });
        Assert.Equal(6, Official.Select(p => ProvinceNeighbours.RegionOf(p)).Distinct().Count());
    }

    [Fact]
    public void Adjacency_IsSymmetric_AndNoProvinceNeighboursItself()
    {
        foreach (var p in Official)
            foreach (var n in ProvinceNeighbours.NeighboursOf(p))
            {
                Assert.NotEqual(p, n);
                Assert.Contains(n, Official);
                Assert.True(ProvinceNeighbours.NeighboursOf(n).Contains(p), $"{p} lists {n} but {n} does not list {p}");
            }
    }

    [Theory]
    [InlineData("14", "14", DeliveryDistance.SameProvince)]
    [InlineData("14", "11", DeliveryDistance.Neighbouring)]   // Sơn La – Điện Biên
    [InlineData("14", "38", DeliveryDistance.Neighbouring)]   // Sơn La – Thanh Hóa
    [InlineData("01", "37", DeliveryDistance.Neighbouring)]   // Hà Nội – Ninh Bình (former Hà Nam)
    [InlineData("51", "52", DeliveryDistance.Neighbouring)]   // Quảng Ngãi (with Kon Tum) – Gia Lai
    [InlineData("79", "82", DeliveryDistance.Neighbouring)]   // Hồ Chí Minh – Đồng Tháp (former Tiền Giang)
    [InlineData("14", "04", DeliveryDistance.SameRegion)]     // Sơn La – Cao Bằng
    [InlineData("92", "96", DeliveryDistance.Neighbouring)]
    [InlineData("86", "96", DeliveryDistance.SameRegion)]     // Vĩnh Long – Cà Mau
    [InlineData("14", "79", DeliveryDistance.Nationwide)]
    [InlineData("01", "22", DeliveryDistance.SameRegion)]     // Hà Nội – Quảng Ninh
    public void Between_ClassifiesKnownPairs(string from, string to, DeliveryDistance expected)
    {
        Assert.Equal(expected, ProvinceNeighbours.Between(from, to));
        Assert.Equal(expected, ProvinceNeighbours.Between(to, from));
    }
}
