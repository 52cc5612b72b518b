using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Web3;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Contracts.CQS;
using Nethereum.Contracts.ContractHandlers;
using Nethereum.Contracts;
using System.Threading;
using KeeperSuite.Contracts.DebtAuction.ContractDefinition;

namespace KeeperSuite.Contracts.DebtAuction
{
    public partial class DebtAuctionService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, DebtAuctionDeployment debtAuctionDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<DebtAuctionDeployment>().SendRequestAndWaitForReceiptAsync(debtAuctionDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, DebtAuctionDeployment debtAuctionDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<DebtAuctionDeployment>().SendRequestAsync(debtAuctionDeployment);
        }

        public static async Task<DebtAuctionService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, DebtAuctionDeployment debtAuctionDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, debtAuctionDeployment, cancellationTokenSource);
            return new DebtAuctionService(web3, receipt.ContractAddress);
        }

        public DebtAuctionService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<byte[]> DefaultAdminRoleQueryAsync(DefaultAdminRoleFunction defaultAdminRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultAdminRoleFunction, byte[]>(defaultAdminRoleFunction, blockParameter);
        }

        
        public Task<byte[]> DefaultAdminRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultAdminRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<byte[]> GovernorRoleQueryAsync(GovernorRoleFunction governorRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GovernorRoleFunction, byte[]>(governorRoleFunction, blockParameter);
        }

        
        public Task<byte[]> GovernorRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GovernorRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<BigInteger> MaxBufQueryAsync(MaxBufFunction maxBufFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxBufFunction, BigInteger>(maxBufFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxBufQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxBufFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxCutQueryAsync(MaxCutFunction maxCutFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxCutFunction, BigInteger>(maxCutFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxCutQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxCutFunction, BigInteger>(null, blockParameter);
        }

        public Task<ulong> MaxDurationQueryAsync(MaxDurationFunction maxDurationFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxDurationFunction, ulong>(maxDurationFunction, blockParameter);
        }

        
        public Task<ulong> MaxDurationQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxDurationFunction, ulong>(null, blockParameter);
        }

        public Task<BigInteger> MaxFloorRatioQueryAsync(MaxFloorRatioFunction maxFloorRatioFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxFloorRatioFunction, BigInteger>(maxFloorRatioFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxFloorRatioQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxFloorRatioFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxMintCapQueryAsync(MaxMintCapFunction maxMintCapFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxMintCapFunction, BigInteger>(maxMintCapFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxMintCapQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxMintCapFunction, BigInteger>(null, blockParameter);
        }

        public Task<ulong> MaxStepQueryAsync(MaxStepFunction maxStepFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxStepFunction, ulong>(maxStepFunction, blockParameter);
        }

        
        public Task<ulong> MaxStepQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxStepFunction, ulong>(null, blockParameter);
        }

        public Task<ulong> MaxTauQueryAsync(MaxTauFunction maxTauFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxTauFunction, ulong>(maxTauFunction, blockParameter);
        }

        
        public Task<ulong> MaxTauQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxTauFunction, ulong>(null, blockParameter);
        }

        public Task<BigInteger> MinBufQueryAsync(MinBufFunction minBufFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinBufFunction, BigInteger>(minBufFunction, blockParameter);
        }

        
        public Task<BigInteger> MinBufQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinBufFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MinCutQueryAsync(MinCutFunction minCutFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinCutFunction, BigInteger>(minCutFunction, blockParameter);
        }

        
        public Task<BigInteger> MinCutQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinCutFunction, BigInteger>(null, blockParameter);
        }

        public Task<ulong> MinDurationQueryAsync(MinDurationFunction minDurationFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinDurationFunction, ulong>(minDurationFunction, blockParameter);
        }

        
        public Task<ulong> MinDurationQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinDurationFunction, ulong>(null, blockParameter);
        }

        public Task<BigInteger> MinFloorRatioQueryAsync(MinFloorRatioFunction minFloorRatioFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinFloorRatioFunction, BigInteger>(minFloorRatioFunction, blockParameter);
        }

        
        public Task<BigInteger> MinFloorRatioQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinFloorRatioFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MinMintCapQueryAsync(MinMintCapFunction minMintCapFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinMintCapFunction, BigInteger>(minMintCapFunction, blockParameter);
        }

        
        public Task<BigInteger> MinMintCapQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinMintCapFunction, BigInteger>(null, blockParameter);
        }

        public Task<ulong> MinStepQueryAsync(MinStepFunction minStepFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinStepFunction, ulong>(minStepFunction, blockParameter);
        }

        
        public Task<ulong> MinStepQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinStepFunction, ulong>(null, blockParameter);
        }

        public Task<ulong> MinTauQueryAsync(MinTauFunction minTauFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinTauFunction, ulong>(minTauFunction, blockParameter);
        }

        
        public Task<ulong> MinTauQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinTauFunction, ulong>(null, blockParameter);
        }

        public Task<AuctionOutputDTO> AuctionQueryAsync(AuctionFunction auctionFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<AuctionFunction, AuctionOutputDTO>(auctionFunction, blockParameter);
        }

        public Task<AuctionOutputDTO> AuctionQueryAsync(BigInteger auctionId, BlockParameter blockParameter = null)
        {
            var auctionFunction = new AuctionFunction();
                auctionFunction.AuctionId = auctionId;
            
            return ContractHandler.QueryDeserializingToObjectAsync<AuctionFunction, AuctionOutputDTO>(auctionFunction, blockParameter);
        }

        public Task<BigInteger> AuctionCountQueryAsync(AuctionCountFunction auctionCountFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<AuctionCountFunction, BigInteger>(auctionCountFunction, blockParameter);
        }

        
        public Task<BigInteger> AuctionCountQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<AuctionCountFunction, BigInteger>(null, blockParameter);
        }

        public Task<bool> CanSellQueryAsync(CanSellFunction canSellFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CanSellFunction, bool>(canSellFunction, blockParameter);
        }

        
        public Task<bool> CanSellQueryAsync(BigInteger auctionId, BigInteger debtLeft, BlockParameter blockParameter = null)
        {
            var canSellFunction = new CanSellFunction();
                canSellFunction.AuctionId = auctionId;
                canSellFunction.DebtLeft = debtLeft;
            
            return ContractHandler.QueryAsync<CanSellFunction, bool>(canSellFunction, blockParameter);
        }

        public Task<string> CloseRequestAsync(CloseFunction closeFunction)
        {
             return ContractHandler.SendRequestAsync(closeFunction);
        }

        public Task<TransactionReceipt> CloseRequestAndWaitForReceiptAsync(CloseFunction closeFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(closeFunction, cancellationToken);
        }

        public Task<string> CloseRequestAsync(BigInteger auctionId)
        {
            var closeFunction = new CloseFunction();
                closeFunction.AuctionId = auctionId;
            
             return ContractHandler.SendRequestAsync(closeFunction);
        }

        public Task<TransactionReceipt> CloseRequestAndWaitForReceiptAsync(BigInteger auctionId, CancellationTokenSource cancellationToken = null)
        {
            var closeFunction = new CloseFunction();
                closeFunction.AuctionId = auctionId;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(closeFunction, cancellationToken);
        }

        public Task<ConfigOutputDTO> ConfigQueryAsync(ConfigFunction configFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<ConfigFunction, ConfigOutputDTO>(configFunction, blockParameter);
        }

        public Task<ConfigOutputDTO> ConfigQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<ConfigFunction, ConfigOutputDTO>(null, blockParameter);
        }

        public Task<byte[]> GetRoleAdminQueryAsync(GetRoleAdminFunction getRoleAdminFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GetRoleAdminFunction, byte[]>(getRoleAdminFunction, blockParameter);
        }

        
        public Task<byte[]> GetRoleAdminQueryAsync(byte[] role, BlockParameter blockParameter = null)
        {
            var getRoleAdminFunction = new GetRoleAdminFunction();
                getRoleAdminFunction.Role = role;
            
            return ContractHandler.QueryAsync<GetRoleAdminFunction, byte[]>(getRoleAdminFunction, blockParameter);
        }

        public Task<string> GrantRoleRequestAsync(GrantRoleFunction grantRoleFunction)
        {
             return ContractHandler.SendRequestAsync(grantRoleFunction);
        }

        public Task<TransactionReceipt> GrantRoleRequestAndWaitForReceiptAsync(GrantRoleFunction grantRoleFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(grantRoleFunction, cancellationToken);
        }

        public Task<string> GrantRoleRequestAsync(byte[] role, string account)
        {
            var grantRoleFunction = new GrantRoleFunction();
                grantRoleFunction.Role = role;
                grantRoleFunction.Account = account;
            
             return ContractHandler.SendRequestAsync(grantRoleFunction);
        }

        public Task<TransactionReceipt> GrantRoleRequestAndWaitForReceiptAsync(byte[] role, string account, CancellationTokenSource cancellationToken = null)
        {
            var grantRoleFunction = new GrantRoleFunction();
                grantRoleFunction.Role = role;
                grantRoleFunction.Account = account;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(grantRoleFunction, cancellationToken);
        }

        public Task<bool> HasRoleQueryAsync(HasRoleFunction hasRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<HasRoleFunction, bool>(hasRoleFunction, blockParameter);
        }

        
        public Task<bool> HasRoleQueryAsync(byte[] role, string account, BlockParameter blockParameter = null)
        {
            var hasRoleFunction = new HasRoleFunction();
                hasRoleFunction.Role = role;
                hasRoleFunction.Account = account;
            
            return ContractHandler.QueryAsync<HasRoleFunction, bool>(hasRoleFunction, blockParameter);
        }

        public Task<string> KickRequestAsync(KickFunction kickFunction)
        {
             return ContractHandler.SendRequestAsync(kickFunction);
        }

        public Task<TransactionReceipt> KickRequestAndWaitForReceiptAsync(KickFunction kickFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(kickFunction, cancellationToken);
        }

        public Task<string> KickRequestAsync(BigInteger target)
        {
            var kickFunction = new KickFunction();
                kickFunction.Target = target;
            
             return ContractHandler.SendRequestAsync(kickFunction);
        }

        public Task<TransactionReceipt> KickRequestAndWaitForReceiptAsync(BigInteger target, CancellationTokenSource cancellationToken = null)
        {
            var kickFunction = new KickFunction();
                kickFunction.Target = target;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(kickFunction, cancellationToken);
        }

        public Task<BigInteger> MaxReferencePriceQueryAsync(MaxReferencePriceFunction maxReferencePriceFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxReferencePriceFunction, BigInteger>(maxReferencePriceFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxReferencePriceQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxReferencePriceFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MinReferencePriceQueryAsync(MinReferencePriceFunction minReferencePriceFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinReferencePriceFunction, BigInteger>(minReferencePriceFunction, blockParameter);
        }

        
        public Task<BigInteger> MinReferencePriceQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinReferencePriceFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> PriceQueryAsync(PriceFunction priceFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PriceFunction, BigInteger>(priceFunction, blockParameter);
        }

        
        public Task<BigInteger> PriceQueryAsync(BigInteger auctionId, BlockParameter blockParameter = null)
        {
            var priceFunction = new PriceFunction();
                priceFunction.AuctionId = auctionId;
            
            return ContractHandler.QueryAsync<PriceFunction, BigInteger>(priceFunction, blockParameter);
        }

        public Task<string> RenounceRoleRequestAsync(RenounceRoleFunction renounceRoleFunction)
        {
             return ContractHandler.SendRequestAsync(renounceRoleFunction);
        }

        public Task<TransactionReceipt> RenounceRoleRequestAndWaitForReceiptAsync(RenounceRoleFunction renounceRoleFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(renounceRoleFunction, cancellationToken);
        }

        public Task<string> RenounceRoleRequestAsync(byte[] role, string callerConfirmation)
        {
            var renounceRoleFunction = new RenounceRoleFunction();
                renounceRoleFunction.Role = role;
                renounceRoleFunction.CallerConfirmation = callerConfirmation;
            
             return ContractHandler.SendRequestAsync(renounceRoleFunction);
        }

        public Task<TransactionReceipt> RenounceRoleRequestAndWaitForReceiptAsync(byte[] role, string callerConfirmation, CancellationTokenSource cancellationToken = null)
        {
            var renounceRoleFunction = new RenounceRoleFunction();
                renounceRoleFunction.Role = role;
                renounceRoleFunction.CallerConfirmation = callerConfirmation;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(renounceRoleFunction, cancellationToken);
        }

        public Task<string> RevokeRoleRequestAsync(RevokeRoleFunction revokeRoleFunction)
        {
             return ContractHandler.SendRequestAsync(revokeRoleFunction);
        }

        public Task<TransactionReceipt> RevokeRoleRequestAndWaitForReceiptAsync(RevokeRoleFunction revokeRoleFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(revokeRoleFunction, cancellationToken);
        }

        public Task<string> RevokeRoleRequestAsync(byte[] role, string account)
        {
            var revokeRoleFunction = new RevokeRoleFunction();
                revokeRoleFunction.Role = role;
                revokeRoleFunction.Account = account;
            
             return ContractHandler.SendRequestAsync(revokeRoleFunction);
        }

        public Task<TransactionReceipt> RevokeRoleRequestAndWaitForReceiptAsync(byte[] role, string account, CancellationTokenSource cancellationToken = null)
        {
            var revokeRoleFunction = new RevokeRoleFunction();
                revokeRoleFunction.Role = role;
                revokeRoleFunction.Account = account;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(revokeRoleFunction, cancellationToken);
        }

        public Task<string> SetBufRequestAsync(SetBufFunction setBufFunction)
        {
             return ContractHandler.SendRequestAsync(setBufFunction);
        }

        public Task<TransactionReceipt> SetBufRequestAndWaitForReceiptAsync(SetBufFunction setBufFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setBufFunction, cancellationToken);
        }

        public Task<string> SetBufRequestAsync(BigInteger buf)
        {
            var setBufFunction = new SetBufFunction();
                setBufFunction.Buf = buf;
            
             return ContractHandler.SendRequestAsync(setBufFunction);
        }

        public Task<TransactionReceipt> SetBufRequestAndWaitForReceiptAsync(BigInteger buf, CancellationTokenSource cancellationToken = null)
        {
            var setBufFunction = new SetBufFunction();
                setBufFunction.Buf = buf;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setBufFunction, cancellationToken);
        }

        public Task<string> SetCurveRequestAsync(SetCurveFunction setCurveFunction)
        {
             return ContractHandler.SendRequestAsync(setCurveFunction);
        }

        public Task<TransactionReceipt> SetCurveRequestAndWaitForReceiptAsync(SetCurveFunction setCurveFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setCurveFunction, cancellationToken);
        }

        public Task<string> SetCurveRequestAsync(Params curve)
        {
            var setCurveFunction = new SetCurveFunction();
                setCurveFunction.Curve = curve;
            
             return ContractHandler.SendRequestAsync(setCurveFunction);
        }

        public Task<TransactionReceipt> SetCurveRequestAndWaitForReceiptAsync(Params curve, CancellationTokenSource cancellationToken = null)
        {
            var setCurveFunction = new SetCurveFunction();
                setCurveFunction.Curve = curve;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setCurveFunction, cancellationToken);
        }

        public Task<string> SetDurationRequestAsync(SetDurationFunction setDurationFunction)
        {
             return ContractHandler.SendRequestAsync(setDurationFunction);
        }

        public Task<TransactionReceipt> SetDurationRequestAndWaitForReceiptAsync(SetDurationFunction setDurationFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setDurationFunction, cancellationToken);
        }

        public Task<string> SetDurationRequestAsync(ulong duration)
        {
            var setDurationFunction = new SetDurationFunction();
                setDurationFunction.Duration = duration;
            
             return ContractHandler.SendRequestAsync(setDurationFunction);
        }

        public Task<TransactionReceipt> SetDurationRequestAndWaitForReceiptAsync(ulong duration, CancellationTokenSource cancellationToken = null)
        {
            var setDurationFunction = new SetDurationFunction();
                setDurationFunction.Duration = duration;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setDurationFunction, cancellationToken);
        }

        public Task<string> SetFloorRatioRequestAsync(SetFloorRatioFunction setFloorRatioFunction)
        {
             return ContractHandler.SendRequestAsync(setFloorRatioFunction);
        }

        public Task<TransactionReceipt> SetFloorRatioRequestAndWaitForReceiptAsync(SetFloorRatioFunction setFloorRatioFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setFloorRatioFunction, cancellationToken);
        }

        public Task<string> SetFloorRatioRequestAsync(BigInteger floorRatio)
        {
            var setFloorRatioFunction = new SetFloorRatioFunction();
                setFloorRatioFunction.FloorRatio = floorRatio;
            
             return ContractHandler.SendRequestAsync(setFloorRatioFunction);
        }

        public Task<TransactionReceipt> SetFloorRatioRequestAndWaitForReceiptAsync(BigInteger floorRatio, CancellationTokenSource cancellationToken = null)
        {
            var setFloorRatioFunction = new SetFloorRatioFunction();
                setFloorRatioFunction.FloorRatio = floorRatio;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setFloorRatioFunction, cancellationToken);
        }

        public Task<string> SetMintCapRequestAsync(SetMintCapFunction setMintCapFunction)
        {
             return ContractHandler.SendRequestAsync(setMintCapFunction);
        }

        public Task<TransactionReceipt> SetMintCapRequestAndWaitForReceiptAsync(SetMintCapFunction setMintCapFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setMintCapFunction, cancellationToken);
        }

        public Task<string> SetMintCapRequestAsync(BigInteger mintCap)
        {
            var setMintCapFunction = new SetMintCapFunction();
                setMintCapFunction.MintCap = mintCap;
            
             return ContractHandler.SendRequestAsync(setMintCapFunction);
        }

        public Task<TransactionReceipt> SetMintCapRequestAndWaitForReceiptAsync(BigInteger mintCap, CancellationTokenSource cancellationToken = null)
        {
            var setMintCapFunction = new SetMintCapFunction();
                setMintCapFunction.MintCap = mintCap;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setMintCapFunction, cancellationToken);
        }

        public Task<string> SetReferencePriceRequestAsync(SetReferencePriceFunction setReferencePriceFunction)
        {
             return ContractHandler.SendRequestAsync(setReferencePriceFunction);
        }

        public Task<TransactionReceipt> SetReferencePriceRequestAndWaitForReceiptAsync(SetReferencePriceFunction setReferencePriceFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setReferencePriceFunction, cancellationToken);
        }

        public Task<string> SetReferencePriceRequestAsync(BigInteger referencePrice)
        {
            var setReferencePriceFunction = new SetReferencePriceFunction();
                setReferencePriceFunction.ReferencePrice = referencePrice;
            
             return ContractHandler.SendRequestAsync(setReferencePriceFunction);
        }

        public Task<TransactionReceipt> SetReferencePriceRequestAndWaitForReceiptAsync(BigInteger referencePrice, CancellationTokenSource cancellationToken = null)
        {
            var setReferencePriceFunction = new SetReferencePriceFunction();
                setReferencePriceFunction.ReferencePrice = referencePrice;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setReferencePriceFunction, cancellationToken);
        }

        public Task<string> SetWaterfallRequestAsync(SetWaterfallFunction setWaterfallFunction)
        {
             return ContractHandler.SendRequestAsync(setWaterfallFunction);
        }

        public Task<TransactionReceipt> SetWaterfallRequestAndWaitForReceiptAsync(SetWaterfallFunction setWaterfallFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setWaterfallFunction, cancellationToken);
        }

        public Task<string> SetWaterfallRequestAsync(string waterfall)
        {
            var setWaterfallFunction = new SetWaterfallFunction();
                setWaterfallFunction.Waterfall = waterfall;
            
             return ContractHandler.SendRequestAsync(setWaterfallFunction);
        }

        public Task<TransactionReceipt> SetWaterfallRequestAndWaitForReceiptAsync(string waterfall, CancellationTokenSource cancellationToken = null)
        {
            var setWaterfallFunction = new SetWaterfallFunction();
                setWaterfallFunction.Waterfall = waterfall;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setWaterfallFunction, cancellationToken);
        }

        public Task<bool> SupportsInterfaceQueryAsync(SupportsInterfaceFunction supportsInterfaceFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<SupportsInterfaceFunction, bool>(supportsInterfaceFunction, blockParameter);
        }

        
        public Task<bool> SupportsInterfaceQueryAsync(byte[] interfaceId, BlockParameter blockParameter = null)
        {
            var supportsInterfaceFunction = new SupportsInterfaceFunction();
                supportsInterfaceFunction.InterfaceId = interfaceId;
            
            return ContractHandler.QueryAsync<SupportsInterfaceFunction, bool>(supportsInterfaceFunction, blockParameter);
        }

        public Task<string> TakeRequestAsync(TakeFunction takeFunction)
        {
             return ContractHandler.SendRequestAsync(takeFunction);
        }

        public Task<TransactionReceipt> TakeRequestAndWaitForReceiptAsync(TakeFunction takeFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(takeFunction, cancellationToken);
        }

        public Task<string> TakeRequestAsync(BigInteger auctionId, BigInteger maxTokens, BigInteger maxPrice, BigInteger debtLeft, string receiver)
        {
            var takeFunction = new TakeFunction();
                takeFunction.AuctionId = auctionId;
                takeFunction.MaxTokens = maxTokens;
                takeFunction.MaxPrice = maxPrice;
                takeFunction.DebtLeft = debtLeft;
                takeFunction.Receiver = receiver;
            
             return ContractHandler.SendRequestAsync(takeFunction);
        }

        public Task<TransactionReceipt> TakeRequestAndWaitForReceiptAsync(BigInteger auctionId, BigInteger maxTokens, BigInteger maxPrice, BigInteger debtLeft, string receiver, CancellationTokenSource cancellationToken = null)
        {
            var takeFunction = new TakeFunction();
                takeFunction.AuctionId = auctionId;
                takeFunction.MaxTokens = maxTokens;
                takeFunction.MaxPrice = maxPrice;
                takeFunction.DebtLeft = debtLeft;
                takeFunction.Receiver = receiver;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(takeFunction, cancellationToken);
        }

        public Task<string> TokenQueryAsync(TokenFunction tokenFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TokenFunction, string>(tokenFunction, blockParameter);
        }

        
        public Task<string> TokenQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TokenFunction, string>(null, blockParameter);
        }

        public Task<string> WaterfallQueryAsync(WaterfallFunction waterfallFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<WaterfallFunction, string>(waterfallFunction, blockParameter);
        }

        
        public Task<string> WaterfallQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<WaterfallFunction, string>(null, blockParameter);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(DefaultAdminRoleFunction),
                typeof(GovernorRoleFunction),
                typeof(MaxBufFunction),
                typeof(MaxCutFunction),
                typeof(MaxDurationFunction),
                typeof(MaxFloorRatioFunction),
                typeof(MaxMintCapFunction),
                typeof(MaxStepFunction),
                typeof(MaxTauFunction),
                typeof(MinBufFunction),
                typeof(MinCutFunction),
                typeof(MinDurationFunction),
                typeof(MinFloorRatioFunction),
                typeof(MinMintCapFunction),
                typeof(MinStepFunction),
                typeof(MinTauFunction),
                typeof(AuctionFunction),
                typeof(AuctionCountFunction),
                typeof(CanSellFunction),
                typeof(CloseFunction),
                typeof(ConfigFunction),
                typeof(GetRoleAdminFunction),
                typeof(GrantRoleFunction),
                typeof(HasRoleFunction),
                typeof(KickFunction),
                typeof(MaxReferencePriceFunction),
                typeof(MinReferencePriceFunction),
                typeof(PriceFunction),
                typeof(RenounceRoleFunction),
                typeof(RevokeRoleFunction),
                typeof(SetBufFunction),
                typeof(SetCurveFunction),
                typeof(SetDurationFunction),
                typeof(SetFloorRatioFunction),
                typeof(SetMintCapFunction),
                typeof(SetReferencePriceFunction),
                typeof(SetWaterfallFunction),
                typeof(SupportsInterfaceFunction),
                typeof(TakeFunction),
                typeof(TokenFunction),
                typeof(WaterfallFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(AuctionClosedEventDTO),
                typeof(AuctionStartedEventDTO),
                typeof(BufSetEventDTO),
                typeof(CurveSetEventDTO),
                typeof(DurationSetEventDTO),
                typeof(FloorRatioSetEventDTO),
                typeof(MintCapSetEventDTO),
                typeof(ReferencePriceSetEventDTO),
                typeof(RoleAdminChangedEventDTO),
                typeof(RoleGrantedEventDTO),
                typeof(RoleRevokedEventDTO),
                typeof(TakeEventDTO),
                typeof(WaterfallSetEventDTO)
            };
        }

        public override List<Type> GetAllErrorTypes()
        {
            return new List<Type>
            {
                typeof(AccessControlBadConfirmationError),
                typeof(AccessControlUnauthorizedAccountError),
                typeof(AuctionEndedError),
                typeof(AuctionPastDeadlineError),
                typeof(LotExhaustedError),
                typeof(NotWaterfallError),
                typeof(ParameterOutOfBoundsError),
                typeof(PriceAboveMaxError),
                typeof(PriceBelowFloorError),
                typeof(SafeCastOverflowedUintDowncastError),
                typeof(UnknownAuctionError),
                typeof(WaterfallAlreadySetError),
                typeof(ZeroAddressError),
                typeof(ZeroFillError)
            };
        }
    }
}
