// FlashLiquidator against the real Uniswap v3 deployment (deploy-scripts/dex.js) and the real core: flash loan
// from the LendingPool, Market.liquidateBatch, one sale per collateral type, repayment, profit to the owner.
const fs = require("fs");
const { expect } = require("chai");
const hre = require("hardhat");
const { loadFixture } = require("@nomicfoundation/hardhat-network-helpers");
const { anyValue } = require("@nomicfoundation/hardhat-chai-matchers/withArgs");
const { deployCoreFixture, WAD } = require("./fixtures");
const { usdc, units, ceilDiv, setPrice, zeroRates, expectAccounting } = require("./helpers");
const dexlib = require("../../deploy-scripts/dex");

const { ethers } = hre;
const MAX = ethers.MaxUint256;
const FLASH_FEE_RATE = WAD / 2_000n; // 5 bps, so the loan's fee is part of every figure below
const DEPTH = usdc(1_000_000); // per 2% (deploy-scripts/dex.js)

async function setOraclePrice(f, symbol, whole) {
  await setPrice(f, symbol, whole);
  const id = f.ids[symbol];
  const [priceWad] = await f.market.collateralPrice(id);
  await dexlib.arbToOraclePrice(f.dex, { ...f.pools[id], priceWad }); // arbitrageurs follow the oracle
  return priceWad;
}

/** Core + Uniswap v3 with a pool per collateral at the oracle price; three borrowers on each collateral; a crash. */
async function flashFixture() {
  const f = await deployCoreFixture();
  await zeroRates(f); // debts stay exact between the previews and the liquidation block
  const dex = await dexlib.deployDex(hre, f.admin);
  const pools = await dexlib.createMarketPools(dex, f.market, { depth: DEPTH });
  const fl = await (await ethers.getContractFactory("FlashLiquidator")).deploy(
    f.pool.target, f.market.target, dex.addresses.router, f.liquidator.address);
  await f.pool.setFlashFeeRate(FLASH_FEE_RATE);
  const { WETH, WBTC, XAU6 } = f.ids;
  const borrowers = [f.alice, f.bob, f.carol];
  for (const b of borrowers) {
    await f.market.connect(b).open(WETH, units(10, 18), usdc(15_000), b.address); // 20,000 at 2,000
    await f.market.connect(b).open(WBTC, units(1, 8), usdc(40_000), b.address); // 60,000 at 60,000
    await f.market.connect(b).open(XAU6, units(20, 6), usdc(29_000), b.address); // 50,000 at 2,500
  }
  const g = { ...f, dex, pools, fl, borrowers };
  // The crash: every position falls just below HF 1 (close-factor liquidations), and the DEX follows.
  await setOraclePrice(g, "WETH", 1_740);
  await setOraclePrice(g, "WBTC", 52_000);
  await setOraclePrice(g, "XAU6", 2_050);
  return g;
}

const allOrders = (f, symbols = ["WETH", "WBTC", "XAU6"]) =>
  symbols.flatMap((s) => f.borrowers.map((b) => ({ collateralId: f.ids[s], owner: b.address, maxRepay: MAX })));
const allSales = (f) => [f.ids.WETH, f.ids.WBTC, f.ids.XAU6].map((collateralId) => ({ collateralId, poolFee: 3000 }));

/** The Market's previews (as the FlashLiquidator will call it) and the quoter's quote of each type's seized total. */
async function expectation(f, orders) {
  const seized = {};
  let spent = 0n;
  let liquidationFees = 0n;
  for (const o of orders) {
    const r = await f.market.previewLiquidation(o.collateralId, o.owner, f.fl.target, o.maxRepay);
    expect(r.status).to.equal(0n); // Liquidated
    seized[o.collateralId] = (seized[o.collateralId] || 0n) + r.seized;
    spent += r.repaid + r.fee;
    liquidationFees += r.fee;
  }
  const quotes = {};
  let proceeds = 0n;
  let oracleValue = 0n;
  for (const [id, amount] of Object.entries(seized)) {
    quotes[id] = await dexlib.quoteSale(f.dex, f.pools[id], amount);
    proceeds += quotes[id];
    oracleValue += (await f.market.collateralValue(id, amount)).value;
  }
  return { seized, quotes, spent, liquidationFees, proceeds, oracleValue };
}

async function expectHoldsNothing(f) {
  for (const t of [f.usdc, f.weth, f.wbtc, f.xau]) expect(await t.balanceOf(f.fl.target)).to.equal(0n);
  expect(await f.usdc.allowance(f.fl.target, f.market.target)).to.equal(0n);
  expect(await f.usdc.allowance(f.fl.target, f.pool.target)).to.equal(0n);
  for (const t of [f.weth, f.wbtc, f.xau]) expect(await t.allowance(f.fl.target, f.dex.addresses.router)).to.equal(0n);
}

describe("FlashLiquidator (flash loan from the pool, sales on Uniswap v3)", function () {
  it("liquidates 18/8/6-decimal collateral with no capital: profit = bonus − slippage − fees, to the unit", async function () {
    const f = await loadFixture(flashFixture);
    const orders = allOrders(f);
    const e = await expectation(f, orders);
    const borrowAmount = e.spent + usdc(1_000); // more than needed: the unused part is repaid unspent
    const flashFee = ceilDiv(borrowAmount * FLASH_FEE_RATE, WAD);
    const bonus = e.oracleValue - (e.spent - e.liquidationFees); // collateral's oracle value over the debt repaid
    const slippage = e.oracleValue - e.proceeds; // the DEX's price impact and its 0.3% fee
    const fees = e.liquidationFees + flashFee; // the Market's insurance cut and the loan's fee
    const expected = bonus - slippage - fees;
    expect(expected).to.equal(e.proceeds - e.spent - flashFee);
    expect(expected).to.be.gt(0n);

    const usdcBefore = await f.usdc.balanceOf(f.liquidator.address);
    expect(usdcBefore).to.be.gt(0n); // its own balance is never used: only the loan is (checked below)
    const reservesBefore = await f.pool.reserves();
    const profit = await f.fl.connect(f.liquidator).flashLiquidate.staticCall(orders, allSales(f), borrowAmount, 100, 0);
    expect(profit).to.equal(expected);
    const tx = f.fl.connect(f.liquidator).flashLiquidate(orders, allSales(f), borrowAmount, 100, 0);
    await expect(tx).to.emit(f.fl, "FlashLiquidated").withArgs(borrowAmount, flashFee, e.spent, e.proceeds, expected);
    for (const [id, amount] of Object.entries(e.seized)) {
      await expect(tx).to.emit(f.fl, "CollateralSold").withArgs(BigInt(id), anyValue, amount, e.quotes[id], anyValue);
    }
    await expect(tx).to.emit(f.pool, "FlashLoan").withArgs(f.fl.target, f.fl.target, borrowAmount, flashFee);
    expect(await f.usdc.balanceOf(f.liquidator.address)).to.equal(usdcBefore + expected);
    await expectHoldsNothing(f);
    // Every fee reached the pool's reserves (the insurance fund's); the books close.
    expect(await f.pool.reserves()).to.equal(reservesBefore + fees);
    await expectAccounting(f, orders.map((o) => [o.collateralId, o.owner]));
  });

  it("a sale below the oracle price less the slippage bound reverts the whole liquidation", async function () {
    const f = await loadFixture(flashFixture);
    // The WETH pool trades 3% under the oracle (no arbitrage yet); 1% is allowed.
    const id = f.ids.WETH;
    const [oracle] = await f.market.collateralPrice(id);
    await dexlib.arbToOraclePrice(f.dex, { ...f.pools[id], priceWad: (oracle * 97n) / 100n });
    const orders = allOrders(f);
    const e = await expectation(f, orders);
    const value = (await f.market.collateralValue(id, e.seized[id])).value;
    const minOut = ceilDiv(value * 9_900n, 10_000n);
    const snapshot = await Promise.all(f.borrowers.map((b) => f.market.position(id, b.address)));
    const [cash, owner] = [await f.pool.cash(), await f.usdc.balanceOf(f.liquidator.address)];
    await expect(f.fl.connect(f.liquidator).flashLiquidate(orders, allSales(f), e.spent, 100, 0))
      .to.be.revertedWithCustomError(f.fl, "SaleBelowMinimum").withArgs(id, e.quotes[id], minOut);
    // No partial effect: positions, the pool, the owner and the contract are as before.
    expect(await Promise.all(f.borrowers.map((b) => f.market.position(id, b.address)))).to.deep.equal(snapshot);
    expect(await f.pool.cash()).to.equal(cash);
    expect(await f.usdc.balanceOf(f.liquidator.address)).to.equal(owner);
    await expectHoldsNothing(f);
    // With a 4% bound the same batch goes through.
    await expect(f.fl.connect(f.liquidator).flashLiquidate(orders, allSales(f), e.spent, 400, 0)).to.emit(f.fl, "FlashLiquidated");
  });

  it("reverts when the sale would not repay the loan, or pays less than the caller's minimum profit", async function () {
    const f = await loadFixture(flashFixture);
    const id = f.ids.WETH;
    const [oracle] = await f.market.collateralPrice(id);
    await dexlib.arbToOraclePrice(f.dex, { ...f.pools[id], priceWad: (oracle * 70n) / 100n });
    const orders = allOrders(f, ["WETH"]);
    const e = await expectation(f, orders);
    const flashFee = ceilDiv(e.spent * FLASH_FEE_RATE, WAD);
    await expect(f.fl.connect(f.liquidator).flashLiquidate(orders, allSales(f), e.spent, 5_000, 0))
      .to.be.revertedWithCustomError(f.fl, "SaleShortfall").withArgs(e.proceeds, e.spent + flashFee);

    const g = await loadFixture(flashFixture);
    const o2 = allOrders(g, ["WBTC"]);
    const e2 = await expectation(g, o2);
    const profit = e2.proceeds - e2.spent - ceilDiv(e2.spent * FLASH_FEE_RATE, WAD);
    await expect(g.fl.connect(g.liquidator).flashLiquidate(o2, allSales(g), e2.spent, 100, profit + 1n))
      .to.be.revertedWithCustomError(g.fl, "ProfitTooLow").withArgs(profit, profit + 1n);
    // An entry the Market skips (no debt) changes nothing: it seizes nothing and sells nothing.
    const skipped = { collateralId: g.ids.WETH, owner: g.other.address, maxRepay: MAX };
    await expect(g.fl.connect(g.liquidator).flashLiquidate([...o2, skipped], allSales(g), e2.spent, 100, profit))
      .to.emit(g.fl, "FlashLiquidated").withArgs(e2.spent, anyValue, e2.spent, e2.proceeds, profit);
  });

  it("sells each type once and refuses to keep collateral: no sale for a type, an unknown type, a partial fill", async function () {
    const f = await loadFixture(flashFixture);
    const orders = allOrders(f);
    const e = await expectation(f, orders);
    const { WETH, WBTC, XAU6 } = f.ids;
    const run = (sales, bps = 100) => f.fl.connect(f.liquidator).flashLiquidate(orders, sales, e.spent, bps, 0);
    await expect(run([{ collateralId: WETH, poolFee: 3000 }, { collateralId: WBTC, poolFee: 3000 }]))
      .to.be.revertedWithCustomError(f.fl, "CollateralNotSold").withArgs(XAU6, e.seized[XAU6]);
    for (const bad of [0, 9]) {
      await expect(run([...allSales(f), { collateralId: bad, poolFee: 3000 }]))
        .to.be.revertedWithCustomError(f.fl, "UnknownCollateral").withArgs(bad);
    }
    // A thin 1% pool whose liquidity ends 2% below the price cannot take the whole XAU6 sale.
    const [xauPrice] = await f.market.collateralPrice(XAU6);
    const thin = await dexlib.createPoolAtOraclePrice(f.dex, { collateral: f.xau.target, debt: f.usdc.target, priceWad: xauPrice, fee: 10000 });
    await dexlib.addConcentratedLiquidity(f.dex, { ...thin, priceWad: xauPrice, depth: usdc(1_000), rangeBps: 200 });
    await expect(run([allSales(f)[0], allSales(f)[1], { collateralId: XAU6, poolFee: 10000 }], 5_000))
      .to.be.revertedWithCustomError(f.fl, "PartialFill").withArgs(XAU6, e.seized[XAU6], anyValue);
    // A type listed twice is sold once (the second entry finds nothing left); entries for untouched types are ignored.
    const tx = run([...allSales(f), ...allSales(f)]);
    await expect(tx).to.emit(f.fl, "FlashLiquidated");
    const sold = (await (await tx).wait()).logs.filter((l) => l.address === f.fl.target && l.topics[0] === f.fl.interface.getEvent("CollateralSold").topicHash);
    expect(sold.length).to.equal(3);
    await expectHoldsNothing(f);
  });

  it("only its owner may use it; its callback serves only its own loans", async function () {
    const f = await loadFixture(flashFixture);
    const orders = allOrders(f, ["WETH"]);
    const data = ethers.AbiCoder.defaultAbiCoder().encode(
      ["tuple(uint32 collateralId, address owner, uint256 maxRepay)[]", "tuple(uint32 collateralId, uint24 poolFee)[]", "uint256", "uint256"],
      [orders, allSales(f), 100, 0]);
    await expect(f.fl.connect(f.other).flashLiquidate(orders, allSales(f), usdc(100_000), 100, 0))
      .to.be.revertedWithCustomError(f.fl, "OwnableUnauthorizedAccount").withArgs(f.other.address);
    await expect(f.fl.connect(f.other).sweep(f.usdc.target, f.other.address))
      .to.be.revertedWithCustomError(f.fl, "OwnableUnauthorizedAccount").withArgs(f.other.address);
    // Calling the callback directly, or making the pool call it with someone else as the initiator.
    await expect(f.fl.connect(f.other).onFlashLoan(f.fl.target, f.usdc.target, usdc(1), 0, data))
      .to.be.revertedWithCustomError(f.fl, "UntrustedLender").withArgs(f.other.address);
    await expect(f.pool.connect(f.other).flashLoan(f.fl.target, f.usdc.target, usdc(100_000), data))
      .to.be.revertedWithCustomError(f.fl, "UntrustedInitiator").withArgs(f.other.address);
    // A lender that lends another token is refused (a FlashLiquidator wired to an EOA as its lender).
    const odd = await (await ethers.getContractFactory("FlashLiquidator")).deploy(
      f.other.address, f.market.target, f.dex.addresses.router, f.liquidator.address);
    await expect(odd.connect(f.other).onFlashLoan(odd.target, f.weth.target, 1n, 0, data))
      .to.be.revertedWithCustomError(odd, "WrongLoanToken").withArgs(f.weth.target);
    // Arguments.
    const fl = f.fl.connect(f.liquidator);
    await expect(fl.flashLiquidate([], allSales(f), usdc(1), 100, 0)).to.be.revertedWithCustomError(fl, "NothingToLiquidate");
    await expect(fl.flashLiquidate(orders, allSales(f), 0, 100, 0)).to.be.revertedWithCustomError(fl, "NothingToLiquidate");
    await expect(fl.flashLiquidate(orders, allSales(f), usdc(1), 5_001, 0))
      .to.be.revertedWithCustomError(fl, "SlippageTooHigh").withArgs(5_001, 5_000);
    const F = await ethers.getContractFactory("FlashLiquidator");
    const Z = ethers.ZeroAddress;
    for (const args of [[Z, f.market.target, f.dex.addresses.router], [f.pool.target, Z, f.dex.addresses.router], [f.pool.target, f.market.target, Z]]) {
      await expect(F.deploy(...args, f.liquidator.address)).to.be.revertedWithCustomError(fl, "ZeroAddress");
    }
    await expect(F.deploy(f.pool.target, f.market.target, f.dex.addresses.router, Z)).to.be.revertedWithCustomError(fl, "OwnableInvalidOwner");
    // Tokens sent to it by mistake go back to the owner.
    await f.usdc.connect(f.other).transfer(f.fl.target, usdc(5));
    await expect(fl.sweep(f.usdc.target, f.liquidator.address)).to.emit(fl, "Swept").withArgs(f.usdc.target, f.liquidator.address, usdc(5));
    expect(await f.usdc.balanceOf(f.fl.target)).to.equal(0n);
  });

  describe("a malicious collateral token", function () {
    /** A ReentrantERC20 collateral (id 4) behind an unrestricted FaultyAggregator feed, with its own Uniswap pool. */
    async function maliciousFixture() {
      const f = await flashFixture();
      const token = await (await ethers.getContractFactory("ReentrantERC20")).deploy("Evil", "EVIL", 18);
      const feed = await (await ethers.getContractFactory("FaultyAggregator")).deploy(100n * 10n ** 8n);
      const oracle = await (await ethers.getContractFactory("ChainlinkOracle")).deploy(feed.target, 3600);
      await f.market.listCollateral(token.target, oracle.target, {
        maxLtv: WAD / 2n, liquidationThreshold: (6n * WAD) / 10n, liquidationBonus: WAD / 20n, debtCeiling: usdc(1_000_000), dust: 0n,
      });
      const id = 4;
      const [priceWad] = await f.market.collateralPrice(id);
      const pool = await dexlib.createPoolAtOraclePrice(f.dex, { collateral: token.target, debt: f.usdc.target, priceWad });
      await dexlib.addConcentratedLiquidity(f.dex, { ...pool, priceWad, depth: DEPTH });
      await token.mint(f.alice.address, units(1_000, 18));
      await token.connect(f.alice).approve(f.market.target, MAX);
      await f.market.connect(f.alice).open(id, units(1_000, 18), usdc(50_000), f.alice.address); // 100,000 at 100
      // Crash to 80: HF 0.96. Feed answers are fixed at construction, so a new feed reports the new price.
      const crashed = await (await ethers.getContractFactory("FaultyAggregator")).deploy(80n * 10n ** 8n);
      const oracle2 = await (await ethers.getContractFactory("ChainlinkOracle")).deploy(crashed.target, 3600);
      await f.market.setCollateralOracle(id, oracle2.target);
      const [p2] = await f.market.collateralPrice(id);
      await dexlib.arbToOraclePrice(f.dex, { ...pool, priceWad: p2 });
      const orders = [{ collateralId: id, owner: f.alice.address, maxRepay: MAX }];
      const sales = [{ collateralId: id, poolFee: 3000 }];
      const e = await expectation({ ...f, pools: { ...f.pools, [id]: pool } }, orders);
      return { ...f, token, feed: crashed, id, orders, sales, e };
    }

    it("cannot make it pay out, start a loan or run its callback by re-entering during a transfer", async function () {
      const f = await loadFixture(maliciousFixture);
      const data = ethers.AbiCoder.defaultAbiCoder().encode(
        ["tuple(uint32 collateralId, address owner, uint256 maxRepay)[]", "tuple(uint32 collateralId, uint24 poolFee)[]", "uint256", "uint256"],
        [f.orders, f.sales, 100, 0]);
      const attacks = [
        [f.fl, "sweep", [f.usdc.target, f.other.address], f.fl, "OwnableUnauthorizedAccount"],
        [f.fl, "flashLiquidate", [f.orders, f.sales, usdc(1), 100, 0], f.fl, "OwnableUnauthorizedAccount"],
        [f.fl, "onFlashLoan", [f.fl.target, f.usdc.target, usdc(1), 0, data], f.fl, "UntrustedLender"],
        [f.pool, "flashLoan", [f.fl.target, f.usdc.target, usdc(1), data], f.pool, "FlashLoanActive"],
      ];
      const owner = await f.usdc.balanceOf(f.liquidator.address);
      for (const [target, fn, args, errContract, error] of attacks) {
        // Armed: the next transfer of the token (the Market sending the seized collateral, inside the loan) calls back.
        await f.token.arm(target.target, target.interface.encodeFunctionData(fn, args));
        await expect(f.fl.connect(f.liquidator).flashLiquidate(f.orders, f.sales, f.e.spent, 100, 0), fn)
          .to.be.revertedWithCustomError(errContract, error);
        expect(await f.usdc.balanceOf(f.other.address)).to.equal(1_000_000n * 10n ** 6n);
        expect(await f.usdc.balanceOf(f.liquidator.address)).to.equal(owner);
        await expectHoldsNothing(f);
      }
      // An oracle that dies in the middle of the transaction leaves no minimum to sell at: the whole call reverts.
      await f.token.arm(f.feed.target, f.feed.interface.encodeFunctionData("setMode", [1]));
      await expect(f.fl.connect(f.liquidator).flashLiquidate(f.orders, f.sales, f.e.spent, 100, 0))
        .to.be.revertedWithCustomError(f.fl, "OracleInvalid").withArgs(f.id);
      // Disarmed, the same call pays exactly what the previews and the quote said.
      await f.token.arm(ethers.ZeroAddress, "0x");
      const flashFee = ceilDiv(f.e.spent * FLASH_FEE_RATE, WAD);
      await f.fl.connect(f.liquidator).flashLiquidate(f.orders, f.sales, f.e.spent, 100, 0);
      expect(await f.usdc.balanceOf(f.liquidator.address)).to.equal(owner + f.e.proceeds - f.e.spent - flashFee);
      expect(await f.token.balanceOf(f.fl.target)).to.equal(0n);
    });
  });

  it("@plain the committed creation code the keeper embeds (FlashLiquidator.creation.json) is the plain build's", async function () {
    if (hre.__SOLIDITY_COVERAGE_RUNNING) this.skip();
    const { FLASH_LIQUIDATOR_CODE } = require("../../deploy-scripts/deploy");
    const { bytecode } = await hre.artifacts.readArtifact("FlashLiquidator");
    const committed = JSON.parse(fs.readFileSync(FLASH_LIQUIDATOR_CODE, "utf8"));
    expect(committed.bytecode === bytecode, "src/KeeperSuite.Core/Liquidation/FlashLiquidator.creation.json is stale: run `npx hardhat run deploy-scripts/deploy.js` (or exportFlashLiquidatorCode) and commit it").to.equal(true);
  });

  it("@plain FlashLiquidator stays under the 24 KiB EIP-170 code-size limit", async function () {
    if (hre.__SOLIDITY_COVERAGE_RUNNING) this.skip();
    const { deployedBytecode } = await hre.artifacts.readArtifact("FlashLiquidator");
    expect((deployedBytecode.length - 2) / 2).to.be.lt(24_576);
  });
});
