const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-toolbox/network-helpers");

const WAD = 10n ** 18n;

describe("ChainlinkOracle + MockAggregator", function () {
  async function fixture() {
    const [owner, other] = await ethers.getSigners();
    const Agg = await ethers.getContractFactory("MockAggregator");
    const Oracle = await ethers.getContractFactory("ChainlinkOracle");
    const agg8 = await Agg.deploy(8, "ETH / USD", 2000n * 10n ** 8n);
    const oracle8 = await Oracle.deploy(await agg8.getAddress(), 3600);
    return { owner, other, Agg, Oracle, agg8, oracle8 };
  }

  it("scales 0, 6, 8, 18 and 24 feed decimals to WAD", async function () {
    const { Agg, Oracle } = await loadFixture(fixture);
    for (const d of [0, 6, 8, 18, 24]) {
      const agg = await Agg.deploy(d, "X", 1234n * 10n ** BigInt(d));
      const o = await Oracle.deploy(await agg.getAddress(), 3600);
      expect(await o.price(), `decimals ${d}`).to.equal(1234n * WAD);
      expect(await o.feedDecimals()).to.equal(d);
      const [p, valid] = await o.tryPrice();
      expect([p, valid]).to.deep.equal([1234n * WAD, true]);
    }
    const agg36 = await Agg.deploy(36, "X", 10n ** 36n + 10n ** 17n); // sub-WAD digits are truncated
    expect(await (await Oracle.deploy(await agg36.getAddress(), 3600)).price()).to.equal(WAD);
  });

  it("constructor refuses a zero feed, out-of-range staleness and > 36 feed decimals", async function () {
    const { Agg, Oracle, agg8 } = await loadFixture(fixture);
    await expect(Oracle.deploy(ethers.ZeroAddress, 3600)).to.be.revertedWithCustomError(Oracle, "ZeroFeed");
    await expect(Oracle.deploy(await agg8.getAddress(), 59)).to.be.revertedWithCustomError(Oracle, "StalenessOutOfBounds").withArgs(59, 60, 7 * 86400);
    await expect(Oracle.deploy(await agg8.getAddress(), 7 * 86400 + 1)).to.be.revertedWithCustomError(Oracle, "StalenessOutOfBounds");
    const agg37 = await Agg.deploy(37, "X", 1);
    await expect(Oracle.deploy(await agg37.getAddress(), 3600)).to.be.revertedWithCustomError(Oracle, "FeedDecimalsUnsupported").withArgs(37);
  });

  it("stale: valid up to maxStaleness, invalid one second later", async function () {
    const { agg8, oracle8 } = await loadFixture(fixture);
    await agg8.setAnswer(2100n * 10n ** 8n);
    const updatedAt = BigInt(await time.latest());
    await time.increaseTo(updatedAt + 3600n);
    expect((await oracle8.tryPrice())[1]).to.equal(true);
    await time.increaseTo(updatedAt + 3601n);
    expect(await oracle8.tryPrice()).to.deep.equal([0n, false]);
    await expect(oracle8.price()).to.be.revertedWithCustomError(oracle8, "StalePrice").withArgs(updatedAt, 3600, updatedAt + 3601n);
  });

  it("zero and negative answers are invalid", async function () {
    const { agg8, oracle8 } = await loadFixture(fixture);
    for (const a of [0n, -1n, -(2000n * 10n ** 8n)]) {
      await agg8.setAnswer(a);
      expect((await oracle8.tryPrice())[1]).to.equal(false);
      await expect(oracle8.price()).to.be.revertedWithCustomError(oracle8, "NonPositivePrice").withArgs(a);
    }
  });

  it("incomplete rounds (updatedAt 0 or answeredInRound < roundId) and future timestamps are invalid", async function () {
    const { agg8, oracle8 } = await loadFixture(fixture);
    const now = BigInt(await time.latest());
    await agg8.setRoundData(5, 2000n * 10n ** 8n, now, 0, 5);
    await expect(oracle8.price()).to.be.revertedWithCustomError(oracle8, "IncompleteRound").withArgs(5, 5, 0);
    await agg8.setRoundData(6, 2000n * 10n ** 8n, now, now, 5);
    await expect(oracle8.price()).to.be.revertedWithCustomError(oracle8, "IncompleteRound").withArgs(6, 5, now);
    expect((await oracle8.tryPrice())[1]).to.equal(false);
    await agg8.setRoundData(7, 2000n * 10n ** 8n, now, now + 1000n, 7);
    await expect(oracle8.price()).to.be.revertedWithCustomError(oracle8, "FuturePrice");
    expect((await oracle8.tryPrice())[1]).to.equal(false);
    await agg8.setRoundData(8, 2000n * 10n ** 8n, now, now, 8);
    expect(await oracle8.price()).to.equal(2000n * WAD);
  });

  it("a reverting feed is reported, not propagated", async function () {
    const { Oracle } = await loadFixture(fixture);
    // An ERC20 has decimals() but no latestRoundData(): every read fails.
    const notAFeed = await (await ethers.getContractFactory("MockERC20")).deploy("T", "T", 8);
    const o = await Oracle.deploy(await notAFeed.getAddress(), 3600);
    expect(await o.tryPrice()).to.deep.equal([0n, false]);
    await expect(o.price()).to.be.revertedWithCustomError(o, "FeedCallFailed");
  });

  it("MockAggregator: owner-only setters, rounds, getRoundData, metadata", async function () {
    const { agg8, other } = await loadFixture(fixture);
    await expect(agg8.connect(other).setAnswer(1)).to.be.revertedWithCustomError(agg8, "OwnableUnauthorizedAccount");
    await expect(agg8.connect(other).setRoundData(1, 1, 1, 1, 1)).to.be.revertedWithCustomError(agg8, "OwnableUnauthorizedAccount");
    await expect(agg8.setAnswer(2500n * 10n ** 8n)).to.emit(agg8, "AnswerUpdated");
    const [roundId, answer, , updatedAt, answeredInRound] = await agg8.latestRoundData();
    expect(roundId).to.equal(2n);
    expect(answer).to.equal(2500n * 10n ** 8n);
    expect(answeredInRound).to.equal(2n);
    expect(updatedAt).to.equal(BigInt(await time.latest()));
    expect((await agg8.getRoundData(1))[1]).to.equal(2000n * 10n ** 8n);
    await expect(agg8.getRoundData(99)).to.be.revertedWithCustomError(agg8, "NoData").withArgs(99);
    expect(await agg8.description()).to.equal("ETH / USD");
    expect(await agg8.version()).to.equal(4n);
    expect(await agg8.decimals()).to.equal(8);
  });
});
