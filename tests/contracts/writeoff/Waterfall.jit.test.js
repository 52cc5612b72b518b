// Regression (write-off audit): recoveries (insurance cover, auction proceeds) once arrived as a step jump in
// totalAssets, and cover / take are permissionless, so deposit -> step -> redeem in one block (flash-loanable)
// captured most of a recovery owed to the LPs who bore the loss. The pool now unlocks recoveries over
// RECOVERY_UNLOCK_PERIOD. Asserted: such a round trip earns nothing beyond the keeper reward, and the LPs who
// held shares when the deficit was recorded get (almost) all of it.
const { expect } = require("chai");
const { ethers, network } = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-toolbox/network-helpers");
const { USDC, deployWriteOffFixture, makeDeficit, eventOf } = require("./helpers");

/** Sends the txs built by `builders` (each given its nonce) in one block; returns their receipts. */
async function inOneBlock(signer, builders) {
  await network.provider.send("evm_setAutomine", [false]);
  try {
    let nonce = await signer.getNonce();
    const sent = [];
    for (const b of builders) sent.push(await b(nonce++));
    await network.provider.send("evm_mine", []);
    return Promise.all(sent.map((t) => t.wait()));
  } finally {
    await network.provider.send("evm_setAutomine", [true]);
  }
}

describe("Waterfall: a just-in-time deposit cannot capture a recovery", function () {
  it("deposit -> cover -> redeem in one block steals most of the insurance fund's cover from the LPs", async function () {
    const f = await loadFixture(deployWriteOffFixture);
    const attacker = f.other; // 10,000,000 USDC, no shares
    await f.usdc.connect(attacker).approve(await f.pool.getAddress(), ethers.MaxUint256);
    await f.fund.connect(f.keeper).deposit(USDC(50_000));
    const d = await makeDeficit(f, USDC(20_000)); // LPs (1,000,000) now priced at 980,000
    const lpValueBefore = await f.pool.convertToAssets(await f.pool.balanceOf(f.lp1.address))
      + await f.pool.convertToAssets(await f.pool.balanceOf(f.lp2.address));

    const start = await f.usdc.balanceOf(attacker.address);
    const jit = USDC(9_000_000);
    const shares = await f.pool.previewDeposit(jit);
    await inOneBlock(attacker, [
      (nonce) => f.pool.connect(attacker).deposit(jit, attacker.address, { nonce }),
      (nonce) => f.waterfall.connect(attacker).cover({ nonce }),
      (nonce) => f.pool.connect(attacker).redeem(shares, attacker.address, attacker.address, { nonce }),
    ]);
    const reward = await f.waterfall.incentive(d.assets + 1n);
    const profit = (await f.usdc.balanceOf(attacker.address)) - start - reward;
    // The fix locks the recovery and unlocks it into the share price over RECOVERY_UNLOCK_PERIOD: the
    // LPs who stayed get it once the period has passed.
    expect(await f.pool.lockedRecovery()).to.be.gt(0n);
    await time.increase(18 * 3600);
    expect(await f.pool.lockedRecovery()).to.equal(0n);
    const lpGain = await f.pool.convertToAssets(await f.pool.balanceOf(f.lp1.address))
      + await f.pool.convertToAssets(await f.pool.balanceOf(f.lp2.address)) - lpValueBefore;
    console.log(`      cover ${d.assets}; attacker profit beyond reward ${profit}; LPs who bore the loss got ${lpGain}`);

    expect(await f.pool.uncoveredDeficit()).to.equal(0n); // the deficit is closed as "repaid"
    expect(profit, "JIT round trip around cover must not be profitable").to.be.lte(0n);
    expect(lpGain, "the cover must go back to the LPs who bore the loss").to.be.gte(d.assets - 2n);
  });

  it("deposit -> take -> redeem: the taker gets its payment back and recovery tokens almost for free", async function () {
    const f = await loadFixture(deployWriteOffFixture);
    const attacker = f.other;
    await f.usdc.connect(attacker).approve(await f.pool.getAddress(), ethers.MaxUint256);
    await makeDeficit(f, USDC(20_000));
    const rc = await (await f.waterfall.connect(f.keeper).startAuction()).wait();
    const auctionId = eventOf(f.waterfall, rc, "AuctionStarted").auctionId;
    const top = (await f.auction.auction(auctionId)).top;

    const start = await f.usdc.balanceOf(attacker.address);
    const jit = USDC(9_000_000);
    // Issue 18 N-01: no entry while the auction's recovery is pending, so the JIT deposit is refused outright.
    await expect(f.pool.connect(attacker).deposit(jit, attacker.address))
      .to.be.revertedWithCustomError(f.pool, "ERC4626ExceededMaxDeposit");
    const takeRc = await (await f.waterfall.connect(attacker).take(auctionId, 10n ** 30n, top, attacker.address)).wait();
    const { tokens, paid } = eventOf(f.waterfall, takeRc, "AuctionTaken");
    const netCost = start - (await f.usdc.balanceOf(attacker.address));
    console.log(`      bought ${tokens} KSR-wei; auction 'paid' ${paid}; attacker's real net cost ${netCost}`);

    expect(paid).to.equal(eventOf(f.waterfall, rc, "AuctionStarted").target); // the auction raised the whole debt (+ start reward)
    expect(netCost, "the taker's real cost must be what it paid the auction").to.be.gte(paid - 2n);
  });
});
