const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-toolbox/network-helpers");
const { deployCoreFixture } = require("./fixtures");
const { WAD, RAY, usdc, units, ceilDiv, setPrice, zeroRates, expectAccounting } = require("./helpers");

const WETH = 1, WBTC = 2, XAU = 3;

describe("Market: positions", function () {
  async function zeroRateFixture() {
    const f = await deployCoreFixture();
    await zeroRates(f);
    return f;
  }

  describe("deposit / open", function () {
    it("deposit credits the owner's position (anyone may pay) and emits", async function () {
      const f = await loadFixture(deployCoreFixture);
      await expect(f.market.connect(f.bob).deposit(WETH, f.alice.address, units(2, 18)))
        .to.emit(f.market, "CollateralDeposited").withArgs(WETH, f.alice.address, f.bob.address, units(2, 18), units(2, 18));
      expect((await f.market.position(WETH, f.alice.address)).collateral).to.equal(units(2, 18));
      expect((await f.market.collateral(WETH)).totalCollateral).to.equal(units(2, 18));
      expect(await f.weth.balanceOf(await f.market.getAddress())).to.equal(units(2, 18));
    });

    it("deposit reverts: zero amount, zero owner, unknown collateral", async function () {
      const f = await loadFixture(deployCoreFixture);
      await expect(f.market.connect(f.alice).deposit(WETH, f.alice.address, 0)).to.be.revertedWithCustomError(f.market, "ZeroAmount");
      await expect(f.market.connect(f.alice).deposit(WETH, ethers.ZeroAddress, 1)).to.be.revertedWithCustomError(f.market, "ZeroAddress");
      await expect(f.market.connect(f.alice).deposit(0, f.alice.address, 1)).to.be.revertedWithCustomError(f.market, "UnknownCollateral").withArgs(0);
      await expect(f.market.connect(f.alice).deposit(4, f.alice.address, 1)).to.be.revertedWithCustomError(f.market, "UnknownCollateral").withArgs(4);
    });

    it("open deposits and borrows in one call, for each decimals mix", async function () {
      const f = await loadFixture(zeroRateFixture);
      const cases = [
        [WETH, f.alice, units(10, 18), usdc(16_000)], // 18 dec, $2000, LTV 80%
        [WBTC, f.bob, units(1, 8), usdc(42_000)], // 8 dec, $60000, LTV 70%
        [XAU, f.carol, units(10, 6), usdc(15_000)], // 6 dec, $2500, LTV 60%
      ];
      for (const [id, who, coll, debt] of cases) {
        const before = await f.usdc.balanceOf(who.address);
        await expect(f.market.connect(who).open(id, coll, debt, who.address))
          .to.emit(f.market, "Borrowed").withArgs(id, who.address, who.address, debt, debt);
        expect(await f.usdc.balanceOf(who.address) - before).to.equal(debt);
        expect(await f.market.debtOf(id, who.address)).to.equal(debt);
        // exactly at max LTV: one more micro-USDC is refused
        await expect(f.market.connect(who).borrow(id, 1, who.address)).to.be.revertedWithCustomError(f.market, "Unhealthy");
      }
      await expectAccounting(f, [[WETH, f.alice.address], [WBTC, f.bob.address], [XAU, f.carol.address]]);
    });

    it("collateral value is right for 18, 8 and 6 decimals", async function () {
      const f = await loadFixture(deployCoreFixture);
      expect((await f.market.collateralValue(WETH, units("1.5", 18))).value).to.equal(usdc(3_000));
      expect((await f.market.collateralValue(WBTC, units("0.01", 8))).value).to.equal(usdc(600));
      expect((await f.market.collateralValue(XAU, units("0.000001", 6))).value).to.equal(2_500n); // 1e-6 XAU = $0.0025
      expect((await f.market.collateralValue(WETH, 1n)).value).to.equal(0n); // 1 wei ETH rounds down to 0
    });

    it("open reverts when both amounts are zero", async function () {
      const f = await loadFixture(deployCoreFixture);
      await expect(f.market.connect(f.alice).open(WETH, 0, 0, f.alice.address)).to.be.revertedWithCustomError(f.market, "ZeroAmount");
    });
  });

  describe("borrow", function () {
    it("reverts: zero, zero receiver, above max LTV, below dust, above debt ceiling, pool cash", async function () {
      const f = await loadFixture(zeroRateFixture);
      const m = f.market.connect(f.alice);
      await m.deposit(WETH, f.alice.address, units(1000, 18)); // $2M
      await expect(m.borrow(WETH, 0, f.alice.address)).to.be.revertedWithCustomError(f.market, "ZeroAmount");
      await expect(m.borrow(WETH, 1, ethers.ZeroAddress)).to.be.revertedWithCustomError(f.market, "ZeroAddress");
      await expect(m.borrow(WETH, usdc(99), f.alice.address)).to.be.revertedWithCustomError(f.market, "DebtBelowDust").withArgs(usdc(99), usdc(100));
      await expect(m.borrow(WETH, usdc(1_600_001), f.alice.address)).to.be.revertedWithCustomError(f.market, "Unhealthy").withArgs(usdc(1_600_001), usdc(1_600_000));
      // pool has 2M cash; lower the ceiling to 1M
      const p = (await f.market.collateral(WETH)).params;
      await f.market.setCollateralParams(WETH, { maxLtv: p.maxLtv, liquidationThreshold: p.liquidationThreshold, liquidationBonus: p.liquidationBonus, debtCeiling: usdc(1_000_000), dust: p.dust });
      await m.borrow(WETH, usdc(900_000), f.alice.address);
      await f.market.connect(f.bob).deposit(WETH, f.bob.address, units(1000, 18));
      await expect(f.market.connect(f.bob).borrow(WETH, usdc(100_001), f.bob.address))
        .to.be.revertedWithCustomError(f.market, "DebtCeilingExceeded").withArgs(usdc(1_000_001), usdc(1_000_000));
      // WBTC has its own ceiling; pool cash (1.1M left) bounds it
      await f.market.connect(f.bob).deposit(WBTC, f.bob.address, units(100, 8));
      await expect(f.market.connect(f.bob).borrow(WBTC, usdc(1_100_001), f.bob.address))
        .to.be.revertedWithCustomError(f.pool, "InsufficientCash");
      await expect(f.market.connect(f.bob).borrow(7, 1, f.bob.address)).to.be.revertedWithCustomError(f.market, "UnknownCollateral");
    });

    it("borrowing against another owner's position is impossible (msg.sender's position only)", async function () {
      const f = await loadFixture(zeroRateFixture);
      await f.market.connect(f.alice).deposit(WETH, f.alice.address, units(10, 18));
      await expect(f.market.connect(f.bob).borrow(WETH, usdc(1000), f.bob.address)).to.be.revertedWithCustomError(f.market, "Unhealthy");
    });
  });

  describe("withdraw", function () {
    it("withdraws freely without debt, within max LTV with debt; re-checks health", async function () {
      const f = await loadFixture(zeroRateFixture);
      const m = f.market.connect(f.alice);
      await m.open(WETH, units(10, 18), usdc(8_000), f.alice.address); // needs 5 WETH at 80%
      await expect(m.withdraw(WETH, units(5, 18), f.bob.address))
        .to.emit(f.market, "CollateralWithdrawn").withArgs(WETH, f.alice.address, f.bob.address, units(5, 18), units(5, 18));
      expect(await f.weth.balanceOf(f.bob.address)).to.equal(units(1005, 18));
      await expect(m.withdraw(WETH, 1n, f.alice.address)).to.be.revertedWithCustomError(f.market, "Unhealthy");
      await expect(m.withdraw(WETH, units(6, 18), f.alice.address)).to.be.revertedWithCustomError(f.market, "InsufficientCollateral").withArgs(units(6, 18), units(5, 18));
      await expect(m.withdraw(WETH, 0, f.alice.address)).to.be.revertedWithCustomError(f.market, "ZeroAmount");
      await expect(m.withdraw(WETH, 1, ethers.ZeroAddress)).to.be.revertedWithCustomError(f.market, "ZeroAddress");
      await f.market.connect(f.bob).deposit(WBTC, f.bob.address, units(1, 8));
      await expect(f.market.connect(f.bob).withdraw(WBTC, units(1, 8), f.bob.address))
        .to.emit(f.market, "PositionClosed").withArgs(WBTC, f.bob.address);
    });
  });

  describe("repay / close", function () {
    it("partial repay by a third party, dust floor on the remainder, full repay with max", async function () {
      const f = await loadFixture(zeroRateFixture);
      await f.market.connect(f.alice).open(WETH, units(10, 18), usdc(1_000), f.alice.address);
      await expect(f.market.connect(f.bob).repay(WETH, f.alice.address, usdc(400)))
        .to.emit(f.market, "Repaid").withArgs(WETH, f.alice.address, f.bob.address, usdc(400), usdc(600));
      expect(await f.market.debtOf(WETH, f.alice.address)).to.equal(usdc(600));
      await expect(f.market.connect(f.bob).repay(WETH, f.alice.address, usdc(550)))
        .to.be.revertedWithCustomError(f.market, "DebtBelowDust").withArgs(usdc(50), usdc(100));
      await expect(f.market.connect(f.bob).repay(WETH, f.alice.address, 0)).to.be.revertedWithCustomError(f.market, "ZeroAmount");
      const before = await f.usdc.balanceOf(f.alice.address);
      await f.market.connect(f.alice).repay(WETH, f.alice.address, ethers.MaxUint256);
      expect(before - (await f.usdc.balanceOf(f.alice.address))).to.equal(usdc(600));
      await expect(f.market.connect(f.alice).repay(WETH, f.alice.address, 1)).to.be.revertedWithCustomError(f.market, "NoDebt");
      await expect(f.market.connect(f.alice).repay(9, f.alice.address, 1)).to.be.revertedWithCustomError(f.market, "UnknownCollateral");
      expect(await f.pool.totalScaledDebt()).to.equal(0n);
      expect(await f.pool.cash()).to.equal(usdc(2_000_000));
    });

    it("close repays everything, returns all collateral and emits PositionClosed", async function () {
      const f = await loadFixture(deployCoreFixture);
      await f.market.connect(f.alice).open(WBTC, units(1, 8), usdc(30_000), f.alice.address);
      await time.increase(30 * 24 * 3600);
      const usdcBefore = await f.usdc.balanceOf(f.alice.address);
      const tx = f.market.connect(f.alice).close(WBTC, f.carol.address);
      await expect(tx).to.emit(f.market, "PositionClosed").withArgs(WBTC, f.alice.address);
      await expect(tx).to.emit(f.market, "CollateralWithdrawn").withArgs(WBTC, f.alice.address, f.carol.address, units(1, 8), 0);
      const paid = usdcBefore - (await f.usdc.balanceOf(f.alice.address));
      expect(paid).to.be.gt(usdc(30_000)); // interest
      expect(await f.wbtc.balanceOf(f.carol.address)).to.equal(units(101, 8));
      const p = await f.market.position(WBTC, f.alice.address);
      expect(p.collateral).to.equal(0n);
      expect(p.scaledDebt).to.equal(0n);
      await expect(f.market.connect(f.alice).close(WBTC, ethers.ZeroAddress)).to.be.revertedWithCustomError(f.market, "ZeroAddress");
      await expect(f.market.connect(f.alice).close(WBTC, f.alice.address)).to.be.revertedWithCustomError(f.market, "PositionEmpty").withArgs(WBTC, f.alice.address);
      await expect(f.market.connect(f.alice).close(8, f.alice.address)).to.be.revertedWithCustomError(f.market, "UnknownCollateral");
      await expectAccounting(f, [[WBTC, f.alice.address]]);
    });
  });

  describe("interest on positions", function () {
    it("debt grows with the pool index, HF falls, LPs earn, reserves take their share", async function () {
      const f = await loadFixture(deployCoreFixture);
      await f.market.connect(f.alice).open(WETH, units(1000, 18), usdc(1_500_000), f.alice.address); // 75% utilization
      const hf0 = (await f.market.healthFactor(WETH, f.alice.address)).hf;
      const assets0 = await f.pool.totalAssets();
      await time.increase(365 * 24 * 3600);
      await f.pool.accrueInterest();
      const index = await f.pool.borrowIndex();
      const scaled = (await f.market.position(WETH, f.alice.address)).scaledDebt;
      const debt = await f.market.debtOf(WETH, f.alice.address);
      expect(debt).to.equal(ceilDiv(scaled * index, RAY));
      // 75% utilization: 4% * 0.75/0.8 = 3.75% APR (simple within one accrual)
      expect(debt).to.be.closeTo(usdc(1_556_250), usdc(1));
      expect((await f.market.healthFactor(WETH, f.alice.address)).hf).to.be.lt(hf0);
      const interest = debt - usdc(1_500_000);
      expect(await f.pool.reserves()).to.be.closeTo(interest / 10n, 2n);
      expect((await f.pool.totalAssets()) - assets0).to.be.closeTo(interest - interest / 10n, 2n);
      await f.market.connect(f.alice).repay(WETH, f.alice.address, ethers.MaxUint256);
      expect(await f.pool.totalScaledDebt()).to.equal(0n);
      expect(await f.pool.cash()).to.be.gte(usdc(2_000_000) + interest);
      await expectAccounting(f, [[WETH, f.alice.address]]);
    });
  });

  describe("construction", function () {
    it("Market refuses a zero pool or admin and reads the debt asset from the pool", async function () {
      const f = await loadFixture(deployCoreFixture);
      const Market = await ethers.getContractFactory("Market");
      const mp = { closeFactorHfThreshold: (95n * WAD) / 100n, insuranceCut: 0n, smallPositionValue: 0n };
      await expect(Market.deploy(ethers.ZeroAddress, f.admin.address, mp)).to.be.revertedWithCustomError(Market, "ZeroAddress");
      await expect(Market.deploy(await f.pool.getAddress(), ethers.ZeroAddress, mp)).to.be.revertedWithCustomError(Market, "ZeroAddress");
      await expect(Market.deploy(await f.pool.getAddress(), f.admin.address, { ...mp, closeFactorHfThreshold: 0n }))
        .to.be.revertedWithCustomError(Market, "ParameterOutOfBounds");
      expect(await f.market.debtAsset()).to.equal(await f.usdc.getAddress());
      expect(await f.market.debtDecimals()).to.equal(6);
      expect(await f.market.pool()).to.equal(await f.pool.getAddress());
    });
  });

  describe("health factor view", function () {
    it("max for no debt, exact value otherwise, invalid with a stale oracle", async function () {
      const f = await loadFixture(zeroRateFixture);
      expect((await f.market.healthFactor(WETH, f.alice.address)).hf).to.equal(ethers.MaxUint256);
      await f.market.connect(f.alice).open(WETH, units(10, 18), usdc(16_000), f.alice.address);
      // 20000 * 0.85 / 16000 = 1.0625
      expect((await f.market.healthFactor(WETH, f.alice.address)).hf).to.equal((10625n * WAD) / 10000n);
      await time.increase(3601);
      const r = await f.market.healthFactor(WETH, f.alice.address);
      expect(r.valid).to.equal(false);
      expect(r.hf).to.equal(0n);
    });
  });
});
