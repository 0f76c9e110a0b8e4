using YeastarPartner.Client.Blob;

namespace YeastarPartner.Tests.Orders.Journal;

/// <summary>Which URLs name a journal blob, and that the query (a SAS) never shows.</summary>
public sealed class BlobUrlTests
{
    [Theory]
    [InlineData("https://acct.blob.core.windows.net/journals/orders.csv?sv=1&sig=SECRET", "journals", "orders.csv")]
    [InlineData("https://acct.blob.core.chinacloudapi.cn/journals/2026/orders.csv?sig=SECRET", "journals", "2026/orders.csv")]
    [InlineData("http://127.0.0.1:10000/devstoreaccount1/journals/orders.csv?sig=SECRET", "journals", "orders.csv")]
    public void A_blob_URL_names_its_container_and_blob_and_shows_itself_without_the_query(string text, string container, string name)
    {
        var url = BlobUrl.Parse(text);
        Assert.Equal(container, url.Container);
        Assert.Equal(name, url.BlobName);
        Assert.DoesNotContain("SECRET", url.Display);
        Assert.DoesNotContain("SECRET", url.ToString());
        Assert.DoesNotContain("?", url.Display);
    }

    [Theory]
    [InlineData("http://acct.blob.core.windows.net/journals/orders.csv?sig=SECRET", "plain http")]
    [InlineData("https://example.com/journals/orders.csv?sig=SECRET", "not an Azure Blob Storage URL")]
    [InlineData("https://acct.blob.core.windows.net/journals?sig=SECRET", "does not name a container and a blob")]
    public void A_URL_that_is_not_a_usable_blob_is_refused_saying_why_without_the_query(string text, string reason)
    {
        var failure = Assert.Throws<ArgumentException>(() => BlobUrl.Parse(text));
        Assert.Contains(reason, failure.Message);
        Assert.DoesNotContain("SECRET", failure.Message);
    }
}
