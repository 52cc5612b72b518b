const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-toolbox/network-helpers");
const { deployCoreFixture } = require("./fixtures");
const { WAD, usdc, units, setPrice } = require("./helpers");

const WETH = 1, WBTC = 2, XAU = 3;
const MAX = ethers.MaxUint256;
const b32 = ethers.encodeBytes32String;

describe("Market: governance, pause, oracle-invalid mode, views", function () {
  async function withPosition() {
    const f = await deployCoreFixture();
    await f.market.connect(f.alice).open(WETH, units(10, 18), usdc(10_000), f.alice.address);
    await f.market.connect(f.bob).deposit(WETH, f.bob.address, units(1, 18));
    return f;
  }
  const params = async (f, id) => {
    const p = (await f.market.collateral(id)).params;
    return { maxLtv: p.maxLtv, liquidationThreshold: p.liquidationThreshold, liquidationBonus: p.liquidationBonus, debtCeiling: p.debtCeiling, dust: p.dust };
  };

  describe("roles", function () {
    it("only GOVERNOR sets parameters / lists collateral, only PAUSER pauses, only the Market borrows from the pool", async function () {
      const f = await loadFixture(withPosition);
      const m = f.market.connect(f.other);
      const p = await params(f, WETH);
      const oracle = await f.oracles.WETH.getAddress();
      for (const call of [
        () => m.setCollateralParams(WETH, p), () => m.setCollateralOracle(WETH, oracle),
        () => m.setMarketParams({ closeFactorHfThreshold: WAD, insuranceCut: 0, smallPositionValue: 0 }),
        () => m.listCollateral(oracle, oracle, p), () => m.pause(), () => m.unpause(),
      ]) {
        await expect(call()).to.be.revertedWithCustomError(f.market, "AccessControlUnauthorizedAccount");
      }
      for (const call of [() => f.pool.connect(f.other).borrow(f.other.address, 1), () => f.pool.connect(f.other).recordDeficit(1, 1, f.other.address)]) {
        await expect(call()).to.be.revertedWithCustomError(f.pool, "NotMarket").withArgs(f.other.address);
      }
      expect(await f.pool.market()).to.equal(await f.market.getAddress());
      expect(await f.market.hasRole(await f.market.GOVERNOR_ROLE(), f.admin.address)).to.equal(true);
      expect(await f.market.hasRole(await f.market.PAUSER_ROLE(), f.admin.address)).to.equal(true);
      // a dedicated pauser (guardian) can be granted by the admin
      await f.market.grantRole(await f.market.PAUSER_ROLE(), f.other.address);
      await expect(m.pause()).to.emit(f.market, "Paused").withArgs(f.other.address);
    });
  });

  describe("bounded setters", function () {
    it("setCollateralParams refuses each out-of-range value with ParameterOutOfBounds", async function () {
      const f = await loadFixture(withPosition);
      const ok = await params(f, WETH);
      const bad = [
        [{ ...ok, liquidationThreshold: (98n * WAD) / 100n }, "liquidationThreshold"],
        [{ ...ok, maxLtv: ok.liquidationThreshold }, "maxLtv"],
        [{ ...ok, maxLtv: WAD / 1000n }, "maxLtv"],
        [{ ...ok, liquidationBonus: WAD / 4n + 1n }, "liquidationBonus"],
        [{ ...ok, liquidationThreshold: (95n * WAD) / 100n, maxLtv: WAD / 2n, liquidationBonus: WAD / 10n }, "thresholdTimesBonus"],
        [{ ...ok, dust: usdc(1_000_001) }, "dust"],
      ];
      for (const [p, name] of bad) {
        await expect(f.market.setCollateralParams(WETH, p), name).to.be.revertedWithCustomError(f.market, "ParameterOutOfBounds")
          .withArgs(b32(name), (v) => true, (v) => true, (v) => true);
      }
      await expect(f.market.setCollateralParams(9, ok)).to.be.revertedWithCustomError(f.market, "UnknownCollateral");
      const good = { ...ok, maxLtv: (75n * WAD) / 100n, dust: usdc(50) };
      await expect(f.market.setCollateralParams(WETH, good)).to.emit(f.market, "CollateralParamsSet")
        .withArgs(WETH, good.maxLtv, good.liquidationThreshold, good.liquidationBonus, good.debtCeiling, good.dust);
    });

    it("setMarketParams bounds", async function () {
      const f = await loadFixture(withPosition);
      const ok = { closeFactorHfThreshold: (95n * WAD) / 100n, insuranceCut: WAD / 10n, smallPositionValue: usdc(2_000) };
      await expect(f.market.setMarketParams({ ...ok, closeFactorHfThreshold: WAD / 2n - 1n })).to.be.revertedWithCustomError(f.market, "ParameterOutOfBounds")
        .withArgs(b32("closeFactorHfThreshold"), WAD / 2n - 1n, WAD / 2n, WAD);
      await expect(f.market.setMarketParams({ ...ok, closeFactorHfThreshold: WAD + 1n })).to.be.revertedWithCustomError(f.market, "ParameterOutOfBounds");
      await expect(f.market.setMarketParams({ ...ok, insuranceCut: WAD / 2n + 1n })).to.be.revertedWithCustomError(f.market, "ParameterOutOfBounds")
        .withArgs(b32("insuranceCut"), WAD / 2n + 1n, 0, WAD / 2n);
      await expect(f.market.setMarketParams({ ...ok, smallPositionValue: usdc(1_000_001) })).to.be.revertedWithCustomError(f.market, "ParameterOutOfBounds");
      await expect(f.market.setMarketParams(ok)).to.emit(f.market, "MarketParamsSet").withArgs(ok.closeFactorHfThreshold, ok.insuranceCut, ok.smallPositionValue);
    });

    it("listCollateral: events, and refuses zero / duplicate / debt asset / unsupported decimals / invalid oracle", async function () {
      const f = await loadFixture(withPosition);
      const p = await params(f, WETH);
      const Token = await ethers.getContractFactory("MockERC20");
      const link = await Token.deploy("Link", "LINK", 18);
      const Agg = await ethers.getContractFactory("MockAggregator");
      const agg = await Agg.deploy(8, "LINK / USD", 15n * 10n ** 8n);
      const oracle = await (await ethers.getContractFactory("ChainlinkOracle")).deploy(await agg.getAddress(), 3600);
      const o = await oracle.getAddress();
      await expect(f.market.listCollateral(ethers.ZeroAddress, o, p)).to.be.revertedWithCustomError(f.market, "ZeroAddress");
      await expect(f.market.listCollateral(await f.weth.getAddress(), o, p)).to.be.revertedWithCustomError(f.market, "CollateralAlreadyListed");
      await expect(f.market.listCollateral(await f.usdc.getAddress(), o, p)).to.be.revertedWithCustomError(f.market, "CollateralAlreadyListed");
      const weird = await Token.deploy("W", "W", 37);
      await expect(f.market.listCollateral(await weird.getAddress(), o, p)).to.be.revertedWithCustomError(f.market, "UnsupportedDecimals").withArgs(37);
      await expect(f.market.listCollateral(await link.getAddress(), ethers.ZeroAddress, p)).to.be.revertedWithCustomError(f.market, "ZeroAddress");
      await agg.setAnswer(0);
      await expect(f.market.listCollateral(await link.getAddress(), o, p)).to.be.revertedWithCustomError(f.market, "OracleInvalid").withArgs(4);
      await agg.setAnswer(15n * 10n ** 8n);
      await expect(f.market.listCollateral(await link.getAddress(), o, p))
        .to.emit(f.market, "CollateralListed").withArgs(4, await link.getAddress(), o, 18)
        .and.to.emit(f.market, "CollateralOracleSet").withArgs(4, o);
      expect(await f.market.collateralCount()).to.equal(4);
    });

    it("setCollateralOracle swaps the feed and refuses an invalid one", async function () {
      const f = await loadFixture(withPosition);
      const agg = await (await ethers.getContractFactory("MockAggregator")).deploy(8, "ETH / USD", 3000n * 10n ** 8n);
      const oracle = await (await ethers.getContractFactory("ChainlinkOracle")).deploy(await agg.getAddress(), 3600);
      await expect(f.market.setCollateralOracle(WETH, await oracle.getAddress())).to.emit(f.market, "CollateralOracleSet");
      expect((await f.market.collateralValue(WETH, units(1, 18))).value).to.equal(usdc(3_000));
      await agg.setAnswer(-5);
      await expect(f.market.setCollateralOracle(WETH, await oracle.getAddress())).to.be.revertedWithCustomError(f.market, "OracleInvalid");
      await expect(f.market.setCollateralOracle(WETH, ethers.ZeroAddress)).to.be.revertedWithCustomError(f.market, "ZeroAddress");
    });
  });

  describe("pause", function () {
    it("stops borrows and withdrawals from indebted positions; never deposit, repay, close, liquidation", async function () {
      const f = await loadFixture(withPosition);
      await expect(f.market.pause()).to.emit(f.market, "Paused");
      await expect(f.market.connect(f.alice).borrow(WETH, usdc(100), f.alice.address)).to.be.revertedWithCustomError(f.market, "EnforcedPause");
      await expect(f.market.connect(f.alice).open(WETH, 0, usdc(100), f.alice.address)).to.be.revertedWithCustomError(f.market, "EnforcedPause");
      await expect(f.market.connect(f.alice).withdraw(WETH, 1, f.alice.address)).to.be.revertedWithCustomError(f.market, "EnforcedPause");
      await f.market.connect(f.bob).withdraw(WETH, units("0.5", 18), f.bob.address); // no debt: allowed
      await f.market.connect(f.alice).deposit(WETH, f.alice.address, units(1, 18));
      await f.market.connect(f.alice).repay(WETH, f.alice.address, usdc(1_000));
      await setPrice(f, "WETH", 800);
      await f.market.connect(f.liquidator).liquidate(WETH, f.alice.address, MAX);
      await f.market.connect(f.carol).open(WBTC, units(1, 8), 0, f.carol.address);
      await f.market.connect(f.carol).close(WBTC, f.carol.address);
      await expect(f.market.unpause()).to.emit(f.market, "Unpaused");
      await f.market.connect(f.bob).open(WETH, 0, usdc(100), f.bob.address);
    });
  });

  describe("oracle-invalid mode", function () {
    it("no new borrows or withdrawals from indebted positions; deposit, repay, close and debt-free withdraw still work", async function () {
      const f = await loadFixture(withPosition);
      await time.increase(3601); // WETH feed heartbeat is 1h
      await expect(f.market.connect(f.alice).borrow(WETH, usdc(100), f.alice.address)).to.be.revertedWithCustomError(f.market, "OracleInvalid").withArgs(WETH);
      await expect(f.market.connect(f.alice).withdraw(WETH, 1, f.alice.address)).to.be.revertedWithCustomError(f.market, "OracleInvalid");
      await f.market.connect(f.bob).withdraw(WETH, units(1, 18), f.bob.address);
      await f.market.connect(f.alice).deposit(WETH, f.alice.address, units(1, 18));
      await f.market.connect(f.alice).repay(WETH, f.alice.address, usdc(100));
      // other collateral types are unaffected (their own oracle)
      await setPrice(f, "WBTC", 60_000);
      await f.market.connect(f.carol).open(WBTC, units(1, 8), usdc(1_000), f.carol.address);
      await f.market.connect(f.alice).close(WETH, f.alice.address);
      expect((await f.market.position(WETH, f.alice.address)).collateral).to.equal(0n);
    });
  });

  describe("lens views", function () {
    it("health of many positions, position details, collaterals, pool and market state", async function () {
      const f = await loadFixture(withPosition);
      await f.market.connect(f.carol).open(WBTC, units(1, 8), usdc(40_000), f.carol.address);
      await setPrice(f, "WBTC", 50_000);
      const keys = [
        { collateralId: WETH, owner: f.alice.address }, { collateralId: WBTC, owner: f.carol.address },
        { collateralId: WETH, owner: f.bob.address }, { collateralId: XAU, owner: f.alice.address },
      ];
      const [hfs, liq, valid] = await f.lens.healthFactors(keys);
      expect(valid).to.deep.equal([true, true, true, true]);
      expect(hfs[0]).to.be.gt(WAD);
      expect(hfs[1]).to.be.lt(WAD);
      expect(hfs[2]).to.equal(MAX);
      expect(liq).to.deep.equal([false, true, false, false]);
      const views = await f.lens.positions(keys);
      expect(views[1].collateralValue).to.equal(usdc(50_000));
      expect(views[1].liquidatable).to.equal(true);
      expect(views[1].debt).to.equal(await f.market.debtOf(WBTC, f.carol.address));
      expect(views[0].maxBorrow).to.be.gt(0n);
      const one = await f.lens.position(WETH, f.alice.address);
      expect(one.collateral).to.equal(units(10, 18));
      const cols = await f.lens.collaterals();
      expect(cols.length).to.equal(3);
      expect(cols[1].price).to.equal(50_000n * WAD);
      expect(cols[2].decimals).to.equal(6);
      expect(cols[0].totalCollateral).to.equal(units(11, 18));
      const ps = await f.lens.poolState();
      expect(ps.cash).to.equal(await f.pool.cash());
      expect(ps.totalLent).to.equal(await f.pool.totalLent());
      expect(ps.insuranceFund).to.equal(f.insurance.address);
      const ms = await f.lens.marketState();
      expect(ms.paused).to.equal(false);
      expect(ms.collateralCount).to.equal(3);
      expect(ms.closeFactor).to.equal(WAD / 2n);
      expect(ms.params.smallPositionValue).to.equal(usdc(2_000));
      // stale oracle: views report invalid instead of reverting
      await time.increase(3601);
      const stale = await f.lens.position(WBTC, f.carol.address);
      expect(stale.oracleValid).to.equal(false);
      expect(stale.healthFactor).to.equal(0n);
      const [hfs2, liq2, valid2] = await f.lens.healthFactors(keys);
      expect(liq2[1]).to.equal(false);
      // a stale feed is reported as such, not as "not liquidatable": WETH and WBTC (1 h staleness) are
      // invalid for every entry, with or without debt; XAU6 (24 h staleness) is still valid
      expect(valid2).to.deep.equal([false, false, false, true]);
      expect(hfs2[1]).to.equal(0n);
      expect(hfs2[2]).to.equal(MAX); // no debt: no price needed

    });

    // Tagged @plain: solidity-coverage instruments the bytecode (about twice the size) and turns the optimizer
    // off, and the limit is about the deployed (optimized) code; tests/run-all.sh runs @plain tests on it.
    it("@plain Market stays under the 24 KiB EIP-170 code-size limit", async function () {
      if (hre.__SOLIDITY_COVERAGE_RUNNING) this.skip(); // also when coverage is run with another mocha grep
      for (const name of ["Market", "LendingPool", "MarketLens"]) {
        const { deployedBytecode } = await hre.artifacts.readArtifact(name);
        expect((deployedBytecode.length - 2) / 2, name).to.be.lt(24_576);
      }
    });
  });
});

describe("Market: re-entrancy", function () {
  it("a collateral token that calls back into the Market or the pool during a transfer is stopped", async function () {
    const f = await loadFixture(deployCoreFixture);
    const token = await (await ethers.getContractFactory("ReentrantERC20")).deploy("Reentrant", "REENT", 18);
    const agg = await (await ethers.getContractFactory("MockAggregator")).deploy(8, "R / USD", 100n * 10n ** 8n);
    const oracle = await (await ethers.getContractFactory("ChainlinkOracle")).deploy(await agg.getAddress(), 3600);
    const p = { maxLtv: WAD / 2n, liquidationThreshold: (6n * WAD) / 10n, liquidationBonus: WAD / 20n, debtCeiling: usdc(1_000_000), dust: 0n };
    await f.market.listCollateral(await token.getAddress(), await oracle.getAddress(), p);
    const id = 4;
    const M = await f.market.getAddress();
    await token.mint(f.alice.address, units(1010, 18));
    await token.connect(f.alice).approve(M, MAX);
    await f.market.connect(f.alice).open(id, units(1000, 18), usdc(10_000), f.alice.address);
    const reenter = [
      f.market.interface.encodeFunctionData("withdraw", [id, 1n, f.alice.address]),
      f.market.interface.encodeFunctionData("borrow", [id, usdc(1), f.alice.address]),
      f.market.interface.encodeFunctionData("liquidate", [id, f.alice.address, MAX]),
      f.market.interface.encodeFunctionData("liquidateBatch", [[]]),
      f.market.interface.encodeFunctionData("open", [id, 1n, 0n, f.alice.address]),
      f.market.interface.encodeFunctionData("deposit", [id, f.alice.address, 1n]),
      f.market.interface.encodeFunctionData("repay", [id, f.alice.address, usdc(1)]),
      f.market.interface.encodeFunctionData("close", [id, f.alice.address]),
    ];
    for (const data of reenter) {
      await token.arm(M, data); // one-shot hook on the next transfer
      await expect(f.market.connect(f.alice).withdraw(id, units(1, 18), f.alice.address))
        .to.be.revertedWithCustomError(f.market, "ReentrancyGuardReentrantCall");
      await token.arm(M, data);
      await expect(f.market.connect(f.alice).deposit(id, f.alice.address, units(1, 18)))
        .to.be.revertedWithCustomError(f.market, "ReentrancyGuardReentrantCall");
    }
    // without the hook everything works
    await token.arm(ethers.ZeroAddress, "0x");
    await f.market.connect(f.alice).withdraw(id, units(1, 18), f.alice.address);
  });
});
