using KeeperSuite.Core.Transactions;
using KeeperSuite.Ethereum.JsonRpc;

namespace KeeperSuite.Core.Tests;

/// <summary>What a failed broadcast means for the nonce: only a send that reached no node frees it.</summary>
public sealed class SendErrorsTests
{
    private const string Hash = "0x1111111111111111111111111111111111111111111111111111111111111111";

    [Fact]
    public void A_submission_that_certainly_reached_no_node_is_refused_and_frees_the_nonce() =>
        Assert.Equal(SendFailure.Refused, SendErrors.Classify(new RawTransactionSubmissionException(Hash, 3, "connection refused", null, certainlyNotSent: true)));

    [Fact]
    public void A_submission_that_may_have_been_sent_stays_ambiguous() =>
        Assert.Equal(SendFailure.Ambiguous, SendErrors.Classify(new RawTransactionSubmissionException(Hash, 3, "timeout", null)));

    [Fact]
    public void A_timeout_is_ambiguous() => Assert.Equal(SendFailure.Ambiguous, SendErrors.Classify(new TimeoutException()));
}
