// MarketLens batch views (issue 18 N-05, issue 17 items 2-3): healthFactors and positions read each collateral
// type's price and parameters and the pool's index once per call and each position's one slot once per key
// (Market.extSloads); previewLiquidations previews many positions in one call with the seized collateral's value.
// Every figure is checked against the Market's own single-position views, which stay the reference.
const { expect } = require("chai");
const hre = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-toolbox/network-helpers");
const { deployCoreFixture } = require("./fixtures");
const { WAD, RAY, usdc, units, setPrice } = require("./helpers");

const { ethers } = hre;
const MAX = ethers.MaxUint256;
const BURN_GAS = 4; // FaultyAggregator.Mode.BurnGas

describe("MarketLens batch views", function () {
  async function fixture() {
    const f = await deployCoreFixture();
    const { WETH, WBTC, XAU6 } = f.ids;
    // Positions on all three types (18/8/6 decimals), with and without debt, one never opened.
    await f.market.connect(f.alice).open(WETH, units(10, 18), usdc(14_000), f.alice.address);
    await f.market.connect(f.bob).open(WETH, units(3, 18), usdc(1_000), f.bob.address);
    await f.market.connect(f.carol).deposit(WETH, f.carol.address, units(1, 18)); // no debt
    await f.market.connect(f.alice).open(WBTC, units(1, 8), usdc(40_000), f.alice.address);
    await f.market.connect(f.bob).open(XAU6, units(100, 6), usdc(100_000), f.bob.address);
    await f.market.connect(f.carol).open(XAU6, units(30, 6), usdc(40_000), f.carol.address);
    await time.increase(90 * 24 * 3600); // interest pending: the index the lens reads is not the stored one
    await refreshFeeds(f);
    const keys = [
      { collateralId: WETH, owner: f.alice.address },
      { collateralId: WBTC, owner: f.alice.address },
      { collateralId: XAU6, owner: f.bob.address },
      { collateralId: WETH, owner: f.bob.address },
      { collateralId: WETH, owner: f.carol.address },
      { collateralId: XAU6, owner: f.carol.address },
      { collateralId: WBTC, owner: f.other.address }, // nothing there
      { collateralId: WETH, owner: f.alice.address }, // a key twice
    ];
    return { ...f, keys };
  }

  async function refreshFeeds(f) {
    for (const agg of Object.values(f.aggregators)) await agg.setAnswer((await agg.latestRoundData())[1]);
  }

  async function expectMatchesMarket(f, keys) {
    const [hfs, liq, valid] = await f.lens.healthFactors(keys);
    expect(hfs.length).to.equal(keys.length);
    for (let i = 0; i < keys.length; ++i) {
      const { collateralId, owner } = keys[i];
      const [hf, ok] = await f.market.healthFactor(collateralId, owner);
      const [, typeOk] = await f.market.collateralPrice(collateralId);
      expect(valid[i], `valid ${i}`).to.equal(typeOk);
      expect(hfs[i], `hf ${i}`).to.equal(ok ? hf : 0n);
      expect(liq[i], `liquidatable ${i}`).to.equal(typeOk && hf < WAD);
    }
    return [hfs, liq, valid];
  }

  /** Market._healthFactor's rounding written out in BigInt from the Market's own raw reads (not the lens's). */
  async function modelHealth(f, { collateralId, owner }) {
    const p = await f.market.position(collateralId, owner);
    const [price, ok] = await f.market.collateralPrice(collateralId);
    const c = await f.market.collateral(collateralId);
    const scale = 10n ** (BigInt(c.decimals) + 18n - (await f.market.debtDecimals()));
    const debt = (p.scaledDebt * (await f.pool.borrowIndex()) + RAY - 1n) / RAY; // rounded up
    if (debt === 0n) return [MAX, false, ok];
    if (!ok) return [0n, false, false];
    const value = (p.collateral * price) / scale;
    const hf = (((value * c.params.liquidationThreshold) / WAD) * WAD) / debt;
    return [hf, hf < WAD, true];
  }

  async function expectMatchesModel(f, keys) {
    const [hfs, liq, valid] = await expectMatchesMarket(f, keys);
    for (let i = 0; i < keys.length; ++i) {
      expect([hfs[i], liq[i], valid[i]], `model ${i}`).to.deep.equal(await modelHealth(f, keys[i]));
    }
  }

  /** Writes a position's slot directly: amounts no deposit can reach while the type holds other positions. */
  async function setPositionSlot(f, collateralId, owner, collateral, scaledDebt) {
    const slot = ethers.keccak256(ethers.AbiCoder.defaultAbiCoder().encode(
      ["uint256", "uint256"], [(BigInt(owner) << 32n) | BigInt(collateralId), await f.lens.POSITIONS_SLOT()]));
    await ethers.provider.send("hardhat_setStorageAt", [await f.market.getAddress(), slot, ethers.toBeHex((scaledDebt << 128n) | collateral, 32)]);
  }

  it("healthFactors equals Market.healthFactor for every key, across 18/8/6 decimals and pending interest", async function () {
    const f = await loadFixture(fixture);
    const [hfs] = await expectMatchesMarket(f, f.keys);
    expect(hfs[4]).to.equal(MAX); // no debt
    expect(hfs[6]).to.equal(MAX); // no position
    await setPrice(f, "WETH", 1_500); // alice's WETH position is now liquidatable
    const [, liq] = await expectMatchesMarket(f, f.keys);
    expect(liq[0]).to.equal(true);
    expect(liq[7]).to.equal(true);
  });

  it("healthFactors answers an empty list, and reverts UnknownCollateral for ids 0 and count + 1", async function () {
    const f = await loadFixture(fixture);
    expect(await f.lens.healthFactors([])).to.deep.equal([[], [], []]);
    for (const id of [0, 4]) {
      await expect(f.lens.healthFactors([f.keys[0], { collateralId: id, owner: f.alice.address }]))
        .to.be.revertedWithCustomError(f.market, "UnknownCollateral").withArgs(id);
    }
  });

  it("healthFactors rejects a key whose id or owner has bits outside uint32 / address (as the ABI decoder does)", async function () {
    const f = await loadFixture(fixture);
    const good = f.lens.interface.encodeFunctionData("healthFactors", [[f.keys[0]]]);
    // selector | offset | length | id | owner
    const idWord = 4 + 32 * 2;
    const dirtyId = ethers.concat([ethers.dataSlice(good, 0, idWord), ethers.toBeHex((1n << 32n) + 1n, 32), ethers.dataSlice(good, idWord + 32)]);
    const dirtyOwner = ethers.concat([ethers.dataSlice(good, 0, idWord + 32), ethers.toBeHex((1n << 160n) + BigInt(f.alice.address), 32)]);
    for (const data of [dirtyId, dirtyOwner]) {
      await expect(ethers.provider.call({ to: await f.lens.getAddress(), data })).to.be.reverted;
    }
    expect(await ethers.provider.call({ to: await f.lens.getAddress(), data: good })).to.not.equal("0x");
  });

  it("an invalid oracle reads as unknown for every key of its type (0 with debt, max without), others carry on", async function () {
    const f = await loadFixture(fixture);
    await time.increase(2 * 3600); // WETH and WBTC feeds (1 h staleness) go stale, XAU6 (24 h) stays valid
    const [hfs, liq, valid] = await expectMatchesMarket(f, f.keys);
    expect(valid).to.deep.equal([false, false, true, false, false, true, false, false]);
    expect(hfs[0]).to.equal(0n);
    expect(hfs[4]).to.equal(MAX);
    expect(liq.some((x) => x)).to.equal(false);
  });

  it("a price too large for 256-bit products (>= 2^128 WAD) falls back to Market.healthFactor's exact math", async function () {
    const f = await loadFixture(fixture);
    // 4e38 WAD per WETH: 1 wei of collateral is worth 400 USDC
    await f.aggregators.WETH.setAnswer(4n * 10n ** 28n);
    await f.market.connect(f.other).open(f.ids.WETH, 1n, usdc(100), f.other.address);
    const keys = [...f.keys, { collateralId: f.ids.WETH, owner: f.other.address }];
    const [hfs] = await expectMatchesMarket(f, keys);
    expect(hfs[8]).to.be.gt(WAD);
  });

  it("healthFactors equals an independent BigInt model for 1 to 9 keys", async function () {
    const f = await loadFixture(fixture);
    await setPrice(f, "WETH", 1_500); // some liquidatable, some not
    for (let n = 1; n <= 9; ++n) {
      const keys = [];
      for (let i = 0; i < n; ++i) keys.push(f.keys[(i * 3 + n) % f.keys.length]);
      await expectMatchesModel(f, keys);
    }
  });

  it("max uint128 collateral and scaled debt on 18/8/6 decimals: no overflow, the Market's and the model's values", async function () {
    const f = await loadFixture(fixture);
    const U128 = (1n << 128n) - 1n;
    const [, , , , , , , , , x1, x2, x3] = await ethers.getSigners();
    const keys = [];
    for (const [sym, owner] of [["WETH", x1], ["WBTC", x2], ["XAU6", x3]]) {
      const id = f.ids[sym];
      await setPositionSlot(f, id, owner.address, U128, U128); // both halves full
      keys.push({ collateralId: id, owner: owner.address });
      await setPositionSlot(f, id, f.liquidator.address, U128, 1n); // the largest value against the least debt
      keys.push({ collateralId: id, owner: f.liquidator.address });
      await setPositionSlot(f, id, f.lp2.address, 1n, U128); // dust against the largest debt: health 0
      keys.push({ collateralId: id, owner: f.lp2.address });
    }
    await expectMatchesModel(f, [...keys, ...f.keys]);
    const [hfs, liq] = await f.lens.healthFactors(keys);
    expect(liq[0]).to.equal(true);
    expect(hfs[1]).to.be.gt(10n ** 40n);
    expect(hfs[2]).to.equal(0n);
  });

  it("the first unlisted id in key order is reported, whatever its size (ids of 256 and more take the careful path)", async function () {
    const f = await loadFixture(fixture);
    const k = (collateralId) => ({ collateralId, owner: f.alice.address });
    for (const [keys, id] of [
      [[f.keys[0], f.keys[0], k(300), k(0)], 300],
      [[f.keys[1], k(0), k(300)], 0],
      [[f.keys[2], f.keys[0], k(2 ** 32 - 1)], 2 ** 32 - 1],
      [[k(4), f.keys[0]], 4],
    ]) {
      await expect(f.lens.healthFactors(keys)).to.be.revertedWithCustomError(f.market, "UnknownCollateral").withArgs(id);
    }
  });

  it("a key with bits outside uint32 / address anywhere rejects the call before any unlisted id (as the ABI decoder would)", async function () {
    const f = await loadFixture(fixture);
    const data = f.lens.interface.encodeFunctionData("healthFactors", [[{ collateralId: 0, owner: f.alice.address }, f.keys[0]]]);
    const word = (i) => 4 + 32 * (2 + i); // selector | offset | length | id0 | owner0 | id1 | owner1
    const put = (at, value) => ethers.concat([ethers.dataSlice(data, 0, at), ethers.toBeHex(value, 32), ethers.dataSlice(data, at + 32)]);
    const lens = await f.lens.getAddress();
    for (const dirty of [put(word(2), 1n << 200n), put(word(3), (1n << 255n) | BigInt(f.alice.address)), put(word(2), 1n << 32n)]) {
      const err = await ethers.provider.call({ to: lens, data: dirty }).catch((e) => e);
      expect(err).to.be.instanceOf(Error);
      expect(err.data, "empty revert data").to.be.oneOf([undefined, "0x"]);
    }
    await expect(ethers.provider.call({ to: lens, data })).to.be.revertedWithCustomError(f.market, "UnknownCollateral").withArgs(0);
  });

  it("a type that no key names is not read: its gas-burning feed costs nothing (keys of types 1 and 3 only)", async function () {
    const f = await loadFixture(fixture);
    const keys = [f.keys[0], f.keys[2], f.keys[3], f.keys[5]]; // WETH, XAU6: bit 2 of the type mask unset
    const before = await f.lens.healthFactors.estimateGas(keys);
    const feed = await (await ethers.getContractFactory("FaultyAggregator")).deploy(60_000n * 10n ** 8n);
    const oracle = await (await ethers.getContractFactory("ChainlinkOracle")).deploy(await feed.getAddress(), 3600);
    await f.market.setCollateralOracle(f.ids.WBTC, await oracle.getAddress());
    await feed.setMode(BURN_GAS);
    expect(await f.lens.healthFactors.estimateGas(keys)).to.be.lt(before + 5_000n);
    await expectMatchesModel(f, keys);
    const [, , valid] = await f.lens.healthFactors([...keys, f.keys[1]]);
    expect(valid).to.deep.equal([true, true, true, true, false]);
  });

  it("300 keys with types met late (WBTC first at the very last key) still match", async function () {
    const f = await loadFixture(fixture);
    const keys = [];
    for (let i = 0; i < 300; ++i) keys.push(f.keys[(i * 7) % f.keys.length]);
    keys[299] = f.keys[1]; // WBTC first met at the very end of the last chunk
    const [hfs] = await f.lens.healthFactors(keys);
    const [ref] = await f.lens.healthFactors(f.keys);
    for (let i = 0; i < 300; ++i) expect(hfs[i], `key ${i}`).to.equal(ref[i === 299 ? 1 : (i * 7) % f.keys.length]);
  });

  it("N-05: a gas-burning feed costs once per call, not once per key of its type", async function () {
    const f = await loadFixture(fixture);
    const feed = await (await ethers.getContractFactory("FaultyAggregator")).deploy(2000n * 10n ** 8n);
    const oracle = await (await ethers.getContractFactory("ChainlinkOracle")).deploy(await feed.getAddress(), 3600);
    await f.market.setCollateralOracle(f.ids.WETH, await oracle.getAddress());
    await feed.setMode(BURN_GAS);
    const wethKey = f.keys[0];
    const one = await f.lens.healthFactors.estimateGas([wethKey, f.keys[1]]);
    const many = await f.lens.healthFactors.estimateGas([...Array(40).fill(wethKey), f.keys[1]]);
    // Before: ~95k more gas per key of the broken type (3.8M for 40); now a key costs its slot and math.
    expect((many - one) / 39n).to.be.lt(5_000n);
    const [, liq, valid] = await f.lens.healthFactors([wethKey, f.keys[1]]);
    expect(valid).to.deep.equal([false, true]);
    expect(liq[0]).to.equal(false);
  });

  it("positions equals position() and the Market's own figures for every key", async function () {
    const f = await loadFixture(fixture);
    await setPrice(f, "WETH", 1_500);
    const views = await f.lens.positions(f.keys);
    const index = await f.pool.borrowIndex();
    for (let i = 0; i < f.keys.length; ++i) {
      const { collateralId, owner } = f.keys[i];
      const one = await f.lens.position(collateralId, owner);
      expect(views[i]).to.deep.equal(one);
      const p = await f.market.position(collateralId, owner);
      const [value, ok] = await f.market.collateralValue(collateralId, p.collateral);
      const [hf] = await f.market.healthFactor(collateralId, owner);
      expect(views[i].collateral).to.equal(p.collateral);
      expect(views[i].scaledDebt).to.equal(p.scaledDebt);
      expect(views[i].debt).to.equal(await f.market.debtOf(collateralId, owner));
      expect(views[i].collateralValue).to.equal(value);
      expect(views[i].oracleValid).to.equal(ok);
      expect(views[i].healthFactor).to.equal(ok ? hf : 0n);
      const maxLtv = (await f.market.collateral(collateralId)).params.maxLtv;
      const limit = (value * maxLtv) / WAD;
      const debt = views[i].debt;
      expect(views[i].maxBorrow).to.equal(limit > debt ? limit - debt : 0n);
      expect(index).to.be.gt(10n ** 27n);
    }
    await expect(f.lens.positions([{ collateralId: 9, owner: f.alice.address }]))
      .to.be.revertedWithCustomError(f.market, "UnknownCollateral").withArgs(9);
  });

  it("previewLiquidations equals Market.previewLiquidation for each key (every status) and values the seized collateral", async function () {
    const f = await loadFixture(fixture);
    await setPrice(f, "WETH", 1_500); // alice WETH: partial; bob WETH healthy
    await setPrice(f, "XAU6", 1_100); // carol XAU6: 30 x 1,100 = 33,000 < ~40,5xx debt -> full with deficit
    const keys = [...f.keys, { collateralId: 9, owner: f.alice.address }, { collateralId: f.ids.WETH, owner: f.liquidator.address }];
    const previews = await f.lens.previewLiquidations(keys, f.liquidator.address);
    const statuses = new Set();
    for (let i = 0; i < keys.length; ++i) {
      const r = await f.market.previewLiquidation(keys[i].collateralId, keys[i].owner, f.liquidator.address, MAX);
      const v = previews[i];
      expect([v.status, v.repaid, v.seized, v.fee, v.deficitAssets], `key ${i}`).to.deep.equal([r.status, r.repaid, r.seized, r.fee, r.deficitAssets]);
      statuses.add(Number(v.status));
      if (r.status === 0n) {
        const [value] = await f.market.collateralValue(keys[i].collateralId, r.seized);
        expect(v.seizedValue).to.equal(value);
        expect(v.seizedValue).to.be.gt(v.repaid); // the bonus
      } else {
        expect(v.seizedValue).to.equal(0n);
      }
    }
    // Liquidated, SkippedUnknownCollateral, SkippedNoDebt, SkippedHealthy
    for (const s of [0, 1, 2, 3]) expect(statuses.has(s), `status ${s}`).to.equal(true);
    expect(previews.some((v) => v.deficitAssets > 0n)).to.equal(true);
    // self-liquidation is refused for the liquidator's own key
    const self = await f.lens.previewLiquidations([f.keys[0]], f.alice.address);
    expect(self[0].status).to.equal(5n);
    // what the previews say is what a batch does
    const orders = keys.slice(0, 8).map((k) => ({ ...k, maxRepay: MAX }));
    const seizedBefore = await f.weth.balanceOf(f.liquidator.address);
    await f.market.connect(f.liquidator).liquidateBatch(orders);
    const expectedWeth = previews.slice(0, 8).filter((v, i) => keys[i].collateralId === f.ids.WETH && i !== 7).reduce((a, v) => a + v.seized, 0n);
    // key 7 repeats key 0: in a batch it sees the state key 0 left (previews are independent)
    expect(await f.weth.balanceOf(f.liquidator.address) - seizedBefore).to.be.gte(expectedWeth);
  });

  it("previewLiquidations reads a gas-burning feed once per call and reports its keys SkippedOracleInvalid", async function () {
    const f = await loadFixture(fixture);
    const feed = await (await ethers.getContractFactory("FaultyAggregator")).deploy(2000n * 10n ** 8n);
    const oracle = await (await ethers.getContractFactory("ChainlinkOracle")).deploy(await feed.getAddress(), 3600);
    await f.market.setCollateralOracle(f.ids.WETH, await oracle.getAddress());
    await feed.setMode(BURN_GAS);
    const k = f.keys[0];
    const one = await f.lens.previewLiquidations.estimateGas([k], f.liquidator.address);
    const many = await f.lens.previewLiquidations.estimateGas(Array(30).fill(k), f.liquidator.address);
    expect((many - one) / 29n).to.be.lt(10_000n);
    const previews = await f.lens.previewLiquidations([k], f.liquidator.address);
    expect(previews[0].status).to.equal(4n); // SkippedOracleInvalid
  });

  it("Market.extSloads returns the raw words: a position's slot packs collateral (low 128 bits) and scaled debt", async function () {
    const f = await loadFixture(fixture);
    const slot = ethers.keccak256(ethers.AbiCoder.defaultAbiCoder().encode(
      ["uint256", "uint256"], [(BigInt(f.alice.address) << 32n) | BigInt(f.ids.WETH), await f.lens.POSITIONS_SLOT()]));
    const [word, empty] = await f.market.extSloads([slot, ethers.ZeroHash]);
    const p = await f.market.position(f.ids.WETH, f.alice.address);
    expect(BigInt(word) & ((1n << 128n) - 1n)).to.equal(p.collateral);
    expect(BigInt(word) >> 128n).to.equal(p.scaledDebt);
    expect(empty).to.not.equal(undefined);
    expect(await f.market.extSloads([])).to.deep.equal([]);
  });
});

describe("MarketLens gas at 1,000 keys (issue 17 goal: healthFactors <= 3,000 per position)", function () {
  it("@plain healthFactors costs one slot and a few hundred gas per position; previews and positions stay within a block", async function () {
    if (hre.__SOLIDITY_COVERAGE_RUNNING) this.skip(); // instrumented bytecode: gas is not the deployed code's
    this.timeout(300_000);
    const { measureLensGas } = require("../../deploy-scripts/gas-lens");
    const m = await measureLensGas(1000);
    // Measured 3,270 per position (2,742 without the 21,000 intrinsic and the keys' calldata); before: 13,852,
    // then 3,557 with the lens's first assembly loops.
    // Floor: 2,100 for the position's cold slot + ~510 for its 64 bytes of calldata.
    expect(m.healthFactors.perPosition).to.be.lte(3_450n);
    expect(m.healthFactors.executionPerPosition).to.be.lte(2_920n);
    expect(m.previewLiquidations.total).to.be.lt(12_000_000n); // 500 keys (the script's preview chunk)
    expect(m.positions.total).to.be.lt(16_000_000n);
  });
});
