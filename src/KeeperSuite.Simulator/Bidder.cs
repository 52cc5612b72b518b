using System.Numerics;
using KeeperSuite.Core.Chain;
using KeeperSuite.Core.WriteOff;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.NonceServices;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using Erc20 = KeeperSuite.Contracts.MockERC20.ContractDefinition;
using Wf = KeeperSuite.Contracts.Waterfall.ContractDefinition;

namespace KeeperSuite.Simulator;

/// <summary>One simulated auction bidder with its own key and budget, following its <see cref="BidderStrategy"/>.</summary>
public sealed class Bidder
{
    private static readonly BigInteger PriceScale = BigInteger.Pow(10, 36); // tokens(1e18) × price(WAD) / 1e36 = units
    private readonly Web3 _web3;
    private readonly Deployment _deployment;
    private BigInteger _budget;

    public Bidder(BidderStrategy strategy, string privateKey, Uri url, Deployment deployment, BigInteger budget)
    {
        Strategy = strategy;
        var account = new Account(privateKey, deployment.ChainId);
        var client = new RpcClient(url);
        account.NonceService = new InMemoryNonceService(account.Address, client);
        _web3 = new Web3(account, client);
        _web3.TransactionManager.UseLegacyAsDefault = false;
        _deployment = deployment;
        _budget = budget;
        Address = account.Address;
        Budget = budget;
    }

    public BidderStrategy Strategy { get; }

    public string Address { get; }

    public BigInteger Budget { get; }

    public int Attempts { get; private set; }

    public int Refused { get; private set; }

    public int Sent { get; private set; }

    /// <summary>Lets the Waterfall pull the bidder's payments (automine on: mined at once).</summary>
    public async Task ApproveAsync()
    {
        await _web3.Eth.GetContractTransactionHandler<Erc20.ApproveFunction>().SendRequestAndWaitForReceiptAsync(
            _deployment.DebtAsset.Address, new Erc20.ApproveFunction { Spender = _deployment.Waterfall, Value = BigInteger.Pow(2, 255) });
    }

    /// <summary>Looks at the live auctions of the last block and sends takes its strategy wants (pending until the next mine).</summary>
    public async Task ActAsync(IReadOnlyList<LiveAuction> auctions, CancellationToken cancellationToken)
    {
        var unit = BigInteger.Pow(10, _deployment.DebtAsset.Decimals);
        var reservation = new BigInteger(Strategy.ReservationPrice * 1_000_000m) * unit * BigInteger.Pow(10, 12); // WAD units per token
        foreach (var a in auctions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            BigInteger maxTokens;
            if (Strategy.IsZeroPrice)
                maxTokens = a.LotLeft; // all of it, for nothing: must be refused
            else
            {
                if (a.Price > reservation || _budget <= 0 || a.Price <= 0)
                    continue;
                var affordable = _budget * PriceScale / a.Price;
                var needed = (a.DebtLeft * PriceScale + a.Price - 1) / a.Price;
                maxTokens = BigInteger.Min(a.LotLeft, BigInteger.Min(affordable, needed));
                if (maxTokens <= 0)
                    continue;
            }
            Attempts++;
            try
            {
                await _web3.Eth.GetContractTransactionHandler<Wf.TakeFunction>().SendRequestAsync(_deployment.Waterfall,
                    new Wf.TakeFunction
                    {
                        AuctionId = a.AuctionId, MaxTokens = maxTokens, MaxPrice = reservation, Receiver = Address,
                        MaxFeePerGas = ChainDriver.UrgentMaxFee, MaxPriorityFeePerGas = BigInteger.Pow(10, 9),
                    });
                Sent++;
                _budget -= (maxTokens * a.Price + PriceScale - 1) / PriceScale;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The node refused it in simulation (price above maxPrice, below floor, auction gone): the contract said no.
                Refused++;
            }
        }
    }
}
