// The LendingPool's ERC-3156 flash loans: bounded fee, the fee's accounting (reserves, never the share price),
// and what a borrower can do with the pool's own cash inside the loan (nothing profitable).
const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture } = require("@nomicfoundation/hardhat-network-helpers");
const { deployCoreFixture, WAD } = require("./fixtures");
const { usdc, units, ceilDiv } = require("./helpers");

const SUCCESS = ethers.id("ERC3156FlashBorrower.onFlashLoan");
const MAX = ethers.MaxUint256;

async function flashFixture() {
  const f = await deployCoreFixture();
  const probe = await (await ethers.getContractFactory("FlashBorrowerProbe")).deploy();
  const P = await probe.getAddress();
  await f.usdc.mint(P, usdc(1_000_000)); // pays fees; a deposit/withdraw round trip is made with it too
  await f.weth.mint(P, units(1_000, 18));
  return { ...f, probe, P, poolAddr: await f.pool.getAddress(), marketAddr: await f.market.getAddress() };
}

const call = (contract, fn, args) => ({ target: contract.target, data: contract.interface.encodeFunctionData(fn, args) });

/** The Observed(index, result) logs of a receipt, decoded with `types` per index. */
function observed(f, receipt, types) {
  return receipt.logs
    .map((l) => { try { return f.probe.interface.parseLog(l); } catch { return null; } })
    .filter((e) => e && e.name === "Observed")
    .map((e) => ethers.AbiCoder.defaultAbiCoder().decode(types[Number(e.args.index)], e.args.result));
}

describe("LendingPool: flash loans (ERC-3156)", function () {
  it("lends up to its cash for a fee bounded by governance, credited to reserves; the share price does not move", async function () {
    const f = await loadFixture(flashFixture);
    expect(await f.pool.flashFeeRate()).to.equal(0n);
    expect(await f.pool.maxFlashLoan(f.usdc.target)).to.equal(await f.pool.cash());
    expect(await f.pool.maxFlashLoan(f.weth.target)).to.equal(0n);
    await expect(f.pool.flashFee(f.weth.target, 1n)).to.be.revertedWithCustomError(f.pool, "UnsupportedFlashToken").withArgs(f.weth.target);
    // Free by default (as Morpho Blue's and Balancer's): principal back, nothing booked.
    const cash0 = await f.pool.cash();
    await expect(f.probe.borrow(f.poolAddr, f.usdc.target, usdc(10_000))).to.emit(f.pool, "FlashLoan").withArgs(f.P, f.P, usdc(10_000), 0n);
    expect(await f.pool.cash()).to.equal(cash0);
    const max = await f.pool.MAX_FLASH_FEE_RATE();
    await expect(f.pool.connect(f.other).setFlashFeeRate(1n))
      .to.be.revertedWithCustomError(f.pool, "AccessControlUnauthorizedAccount");
    await expect(f.pool.setFlashFeeRate(max + 1n))
      .to.be.revertedWithCustomError(f.pool, "ParameterOutOfBounds")
      .withArgs(ethers.encodeBytes32String("flashFeeRate"), max + 1n, 0n, max);
    const rate = WAD / 2000n; // 5 bps
    await expect(f.pool.setFlashFeeRate(rate)).to.emit(f.pool, "FlashFeeRateSet").withArgs(rate);

    const amount = usdc(1_234_567) + 1n;
    const fee = ceilDiv(amount * rate, WAD); // rounded up, against the borrower
    expect(await f.pool.flashFee(f.usdc.target, amount)).to.equal(fee);
    const [assets, supply, cash, reserves] = await Promise.all([f.pool.totalAssets(), f.pool.totalSupply(), f.pool.cash(), f.pool.reserves()]);
    const probeBefore = await f.usdc.balanceOf(f.P);
    // Inside the loan the pool reads as if nothing were lent: same totalAssets, cash, and no second loan on offer.
    await f.probe.setCalls([
      call(f.pool, "totalAssets", []), call(f.pool, "cash", []), call(f.pool, "maxFlashLoan", [f.usdc.target]),
      call(f.pool, "utilization", []),
    ]);
    const utilization = await f.pool.utilization();
    const tx = f.probe.borrow(f.poolAddr, f.usdc.target, amount);
    await expect(tx).to.emit(f.pool, "FlashLoan").withArgs(f.P, f.P, amount, fee);
    const inside = observed(f, await (await tx).wait(), [["uint256"], ["uint256"], ["uint256"], ["uint256"]]).map((x) => x[0]);
    expect(inside).to.deep.equal([assets, cash, 0n, utilization]);
    expect(await f.usdc.balanceOf(f.P)).to.equal(probeBefore - fee);
    expect(await f.pool.cash()).to.equal(cash + fee);
    expect(await f.pool.reserves()).to.equal(reserves + fee);
    expect(await f.pool.totalAssets()).to.equal(assets); // the fee is the insurance fund's: no LP share-price step
    expect(await f.pool.totalSupply()).to.equal(supply);
    expect(await f.usdc.balanceOf(f.poolAddr)).to.equal(await f.pool.cash());
  });

  it("refuses a zero loan, a loan above cash, another token, a rejecting or non-paying borrower, and a nested loan", async function () {
    const f = await loadFixture(flashFixture);
    const cash = await f.pool.cash();
    await expect(f.probe.borrow(f.poolAddr, f.usdc.target, 0n)).to.be.revertedWithCustomError(f.pool, "ZeroAmount");
    await expect(f.probe.borrow(f.poolAddr, f.usdc.target, cash + 1n))
      .to.be.revertedWithCustomError(f.pool, "FlashLoanTooLarge").withArgs(cash + 1n, cash);
    await expect(f.probe.borrow(f.poolAddr, f.weth.target, 1n))
      .to.be.revertedWithCustomError(f.pool, "UnsupportedFlashToken").withArgs(f.weth.target);
    await f.probe.configure(ethers.ZeroHash, true);
    await expect(f.probe.borrow(f.poolAddr, f.usdc.target, usdc(1)))
      .to.be.revertedWithCustomError(f.pool, "FlashLoanRejected").withArgs(f.P);
    await f.probe.configure(SUCCESS, false); // keeps the loan: the pull of the repayment fails
    await expect(f.probe.borrow(f.poolAddr, f.usdc.target, usdc(1)))
      .to.be.revertedWithCustomError(f.usdc, "ERC20InsufficientAllowance");
    await f.probe.configure(SUCCESS, true);
    await f.probe.setCalls([call(f.probe, "borrow", [f.poolAddr, f.usdc.target, usdc(1)])]);
    await expect(f.probe.borrow(f.poolAddr, f.usdc.target, usdc(1))).to.be.revertedWithCustomError(f.pool, "FlashLoanActive");
    expect(await f.pool.cash()).to.equal(cash);
  });

  it("a deposit and redemption of the borrowed cash inside the loan earns nothing and moves no LP's value", async function () {
    const f = await loadFixture(flashFixture);
    await f.pool.setFlashFeeRate(WAD / 10_000n);
    const amount = usdc(1_500_000);
    const fee = await f.pool.flashFee(f.usdc.target, amount);
    await f.probe.execute(f.usdc.target, f.usdc.interface.encodeFunctionData("approve", [f.poolAddr, MAX]));
    const lpShares = await f.pool.balanceOf(f.lp1.address);
    const lpValue = await f.pool.previewRedeem(lpShares);
    const probeBefore = await f.usdc.balanceOf(f.P);
    const shares = await f.pool.previewDeposit(amount);
    // deposit the loan, then redeem every share it bought, then the views an attacker would watch
    await f.probe.setCalls([
      call(f.pool, "deposit", [amount, f.P]),
      call(f.pool, "redeem", [shares, f.P, f.P]),
      call(f.pool, "previewRedeem", [lpShares]),
    ]);
    const rc = await (await f.probe.borrow(f.poolAddr, f.usdc.target, amount)).wait();
    const [[minted], [redeemed], [lpInside]] = observed(f, rc, [["uint256"], ["uint256"], ["uint256"]]);
    expect(minted).to.equal(shares);
    expect(redeemed).to.be.lte(amount); // rounding against the caller both ways
    expect(lpInside).to.equal(lpValue);
    expect(await f.usdc.balanceOf(f.P)).to.equal(probeBefore - fee - (amount - redeemed));
    expect(await f.pool.balanceOf(f.P)).to.equal(0n);
    expect(await f.pool.previewRedeem(lpShares)).to.be.gte(lpValue);
    expect(await f.usdc.balanceOf(f.poolAddr)).to.equal(await f.pool.cash());
  });

  it("a withdrawal the lent-out cash cannot pay fails inside the loan instead of paying from the borrower's repayment", async function () {
    const f = await loadFixture(flashFixture);
    const cash = await f.pool.cash();
    // lp1 owns all of the cash; the probe borrows all but 10 USDC of it and makes lp1's exit be attempted inside
    // the loan: the pool's books still say `cash`, but its balance cannot pay, so the whole transaction reverts.
    await f.pool.connect(f.lp1).approve(f.P, MAX);
    await f.probe.setCalls([call(f.pool, "withdraw", [usdc(1_000), f.lp1.address, f.lp1.address])]);
    await expect(f.probe.borrow(f.poolAddr, f.usdc.target, cash - usdc(10)))
      .to.be.revertedWithCustomError(f.usdc, "ERC20InsufficientBalance");
    expect(await f.pool.cash()).to.equal(cash);
  });

  it("a borrow through the Market inside the loan is booked as a normal debt: no profit, no change of share price", async function () {
    const f = await loadFixture(flashFixture);
    await f.pool.setFlashFeeRate(WAD / 10_000n);
    const amount = usdc(1_000_000);
    const fee = await f.pool.flashFee(f.usdc.target, amount);
    await f.probe.execute(f.weth.target, f.weth.interface.encodeFunctionData("approve", [f.marketAddr, MAX]));
    const assets = await f.pool.totalAssets();
    const rate = await f.pool.borrowRatePerSecond();
    const probeBefore = await f.usdc.balanceOf(f.P);
    await f.probe.setCalls([
      call(f.market, "open", [f.ids.WETH, units(100, 18), usdc(100_000), f.P]),
      call(f.pool, "borrowRatePerSecond", []),
    ]);
    const rc = await (await f.probe.borrow(f.poolAddr, f.usdc.target, amount)).wait();
    const [, [rateInside]] = observed(f, rc, [[], ["uint256"]]);
    // The rate inside the loan reflects the new borrow at the booked cash (as without the loan), not a drained pool.
    const cashAfterBorrow = await f.pool.cash();
    const debt = await f.pool.totalDebt();
    const bookedInside = cashAfterBorrow - fee; // the fee joined cash after the callback
    expect(rateInside).to.equal(await f.pool.borrowRateAt((debt * WAD) / (bookedInside + debt)));
    expect(rateInside).to.be.gt(rate);
    expect(await f.usdc.balanceOf(f.P)).to.equal(probeBefore + usdc(100_000) - fee);
    expect(await f.market.debtOf(f.ids.WETH, f.P)).to.equal(usdc(100_000));
    expect(await f.pool.totalAssets()).to.equal(assets);
    expect(await f.usdc.balanceOf(f.poolAddr)).to.equal(cashAfterBorrow);
  });

  it("a loan cannot start from inside a pool operation (a re-entrant asset)", async function () {
    const [admin, lp] = await ethers.getSigners();
    const token = await (await ethers.getContractFactory("ReentrantERC20")).deploy("Reentrant USD", "RUSD", 6);
    const { DEFAULT_RATE_PARAMS, DEFAULT_RESERVE_FACTOR } = require("./fixtures");
    const pool = await (await ethers.getContractFactory("LendingPool")).deploy(
      token.target, "LP", "LP", admin.address, DEFAULT_RATE_PARAMS, DEFAULT_RESERVE_FACTOR);
    const probe = await (await ethers.getContractFactory("FlashBorrowerProbe")).deploy();
    await token.mint(lp.address, usdc(1_000));
    await token.connect(lp).approve(pool.target, MAX);
    await pool.connect(lp).deposit(usdc(500), lp.address);
    // During the next deposit's transfer (the pool's lock held) the token asks the pool for a loan.
    await token.arm(pool.target, pool.interface.encodeFunctionData("flashLoan", [probe.target, token.target, usdc(1), "0x"]));
    await expect(pool.connect(lp).deposit(usdc(100), lp.address)).to.be.revertedWithCustomError(pool, "ReentrancyGuardReentrantCall");
    expect(await pool.cash()).to.equal(usdc(500));
  });
});
