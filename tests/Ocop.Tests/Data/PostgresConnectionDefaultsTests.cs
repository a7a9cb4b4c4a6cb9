using Npgsql;
using Ocop.Data;

namespace Ocop.Tests.Data;

public sealed class PostgresConnectionDefaultsTests
{
    [Fact]
    public void MissingKeys_GetThePoolDefaults()
    {
        var b = new NpgsqlConnectionStringBuilder(DataModule.PostgresConnectionString("Host=db;Username=ocop;Database=ocop"));
        Assert.True(b.NoResetOnClose);
        Assert.Equal(100, b.MaxAutoPrepare);
        Assert.Equal(2, b.AutoPrepareMinUsages);
        Assert.Null(b.Options); // PostgreSQL's plan cache decides (decision 0009)
        Assert.Equal("db", b.Host);
    }

    [Fact]
    public void KeysTheOperatorSet_AreKept_WhateverTheirSpelling()
    {
        var b = new NpgsqlConnectionStringBuilder(DataModule.PostgresConnectionString(
            "Host=db;NoResetOnClose=false;max auto prepare=0;Options=-c work_mem=8MB"));
        Assert.False(b.NoResetOnClose);
        Assert.Equal(0, b.MaxAutoPrepare);
        Assert.Equal("-c work_mem=8MB", b.Options);
        Assert.Equal(2, b.AutoPrepareMinUsages);
    }
}
