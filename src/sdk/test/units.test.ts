// Units, enums, the price curve and the ABIs' shape, without a chain.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { stringToHex, toFunctionSelector, toEventSelector, type AbiEvent } from "viem";
import type { AbiError } from "abitype";
import {
  abis, borrowApr, bytes32ToString, curvePrice, CurveKind, curveKindName, decodeRevert, floorCrossing, formatHealthFactor,
  LiquidationStatus, liquidationStatusName, MAX_UINT256, Phase, phaseName, RAY, rayPowUp, Step, stepName, supplyApr, systemAbi,
  timeToFloor, WAD, wadMulDown,
} from "../src/index.js";
import { encodeErrorResult } from "viem";

describe("enums", () => {
  it("name every value in the contracts' order", () => {
    assert.deepEqual(Object.keys(Step), ["None", "Cover", "StartAuction", "Take", "Settle", "Socialize"]);
    assert.equal(stepName(3), "Take");
    assert.equal(stepName(3n), "Take");
    assert.equal(phaseName(Phase.Settled), "Settled");
    assert.equal(liquidationStatusName(LiquidationStatus.SkippedMaxRepayTooLow), "SkippedMaxRepayTooLow");
    assert.equal(curveKindName(CurveKind.StairstepExponential), "StairstepExponential");
    assert.throws(() => stepName(6), /unknown Step 6/);
  });

  it("match the enums in the ABIs (Step is the uint8 StepDue carries)", () => {
    const stepDue = abis.Waterfall.find((i) => i.type === "error" && i.name === "StepDue") as AbiError;
    assert.equal(stepDue.inputs[0]!.internalType, "enum Waterfall.Step");
  });
});

describe("units", () => {
  it("rayPowUp rounds up each product like WadRayMath", () => {
    assert.equal(rayPowUp(RAY, 1000n), RAY);
    assert.equal(rayPowUp((99n * RAY) / 100n, 0n), RAY);
    assert.equal(rayPowUp((99n * RAY) / 100n, 2n), (9801n * RAY) / 10000n);
    const third = RAY / 3n; // 0.333..., a product that does not divide evenly: rounded up
    assert.equal(rayPowUp(third, 2n), (third * third) / RAY + 1n);
  });

  it("supply APR = borrow APR x utilization x (1 - reserve factor)", () => {
    const ratePerSecond = (5n * RAY) / 100n / (365n * 24n * 3600n); // ~5% a year
    const apr = borrowApr(ratePerSecond);
    assert.ok(apr > (4999n * WAD) / 100000n && apr <= (5n * WAD) / 100n);
    assert.equal(supplyApr(ratePerSecond, WAD / 2n, WAD / 10n), wadMulDown(wadMulDown(apr, WAD / 2n), (9n * WAD) / 10n));
    assert.equal(supplyApr(ratePerSecond, 0n, WAD / 10n), 0n);
  });

  it("formats health factors, the debt-free one as inf", () => {
    assert.equal(formatHealthFactor(MAX_UINT256), "inf");
    assert.equal(formatHealthFactor((108n * WAD) / 100n), "1.080");
  });
});

describe("price curve", () => {
  const top = 12n * 10n ** 23n; // 1.20 USDC per token
  const floor = 5n * 10n ** 23n;
  const stair = { kind: CurveKind.StairstepExponential, tau: 0n, step: 60n, cut: (99n * RAY) / 100n };

  it("stairstep: one cut per full step", () => {
    assert.equal(curvePrice(stair, top, 59n), top);
    assert.equal(curvePrice(stair, top, 60n), (top * 99n) / 100n);
    assert.equal(curvePrice(stair, top, 119n), (top * 99n) / 100n);
  });

  it("stairstep: the floor is crossed at the first step whose price is below it", () => {
    const at = floorCrossing(stair, top, floor)!;
    assert.equal(at, 88n * 60n);
    assert.ok(curvePrice(stair, top, at) < floor);
    assert.ok(curvePrice(stair, top, at - 1n) >= floor);
    assert.equal(timeToFloor(stair, top, floor, 1000n, 1000n + at - 5n), 5n);
    assert.equal(timeToFloor(stair, top, floor, 1000n, 1000n + at + 5n), 0n);
  });

  it("linear: exact first second below the floor, under the contract's rounding up", () => {
    const linear = { kind: CurveKind.Linear, tau: 3600n, step: 0n, cut: 0n };
    for (const [t, f] of [[top, floor], [1000n, 999n], [1000n, 1n], [7n, 3n], [10n ** 24n + 7n, 333n]] as const) {
      const at = floorCrossing(linear, t, f)!;
      assert.ok(curvePrice(linear, t, at) < f, `price at ${at} not below ${f}`);
      assert.ok(at === 0n || curvePrice(linear, t, at - 1n) >= f, `price at ${at - 1n} already below ${f}`);
    }
    assert.equal(curvePrice(linear, top, 3600n), 0n);
  });

  it("a curve that never reaches the floor before its deadline has no crossing", () => {
    assert.equal(floorCrossing({ ...stair, cut: RAY }, top, floor), null);
  });
});

describe("ABIs", () => {
  const has = (abi: readonly { type: string; name?: string }[], type: string, name: string) => abi.some((i) => i.type === type && i.name === name);

  it("carry the errors and events that surface through each contract", () => {
    assert.ok(has(abis.Market, "event", "DeficitRecorded"), "Market: the pool's DeficitRecorded");
    assert.ok(has(abis.Market, "error", "ERC20InsufficientAllowance"), "Market: the token's allowance error");
    assert.ok(has(abis.MarketLens, "error", "UnknownCollateral"), "MarketLens: the Market's errors");
    assert.ok(has(abis.MarketLens, "error", "StalePrice"), "MarketLens: the oracle's errors");
    assert.ok(has(abis.Waterfall, "error", "PriceAboveMax"), "Waterfall: the auction's errors");
    assert.ok(has(abis.Waterfall, "event", "Take"), "Waterfall: the auction's events");
    assert.ok(has(abis.Waterfall, "event", "Transfer"), "Waterfall: the tokens' transfers");
    assert.ok(has(abis.DebtAuction, "error", "NotMinter"), "DebtAuction: the token's errors");
  });

  it("keep each contract's functions its own", () => {
    assert.ok(!has(abis.Market, "function", "totalAssets"));
    assert.ok(!has(abis.MarketLens, "function", "liquidate"));
    assert.ok(has(abis.Market, "function", "liquidateBatch"));
  });

  it("list each error and event signature once", () => {
    for (const [name, abi] of Object.entries({ ...abis, system: systemAbi })) {
      const sigs = (abi as readonly (AbiEvent | AbiError | { type: "function" })[])
        .filter((i): i is AbiEvent | AbiError => i.type === "event" || i.type === "error")
        .map((i) => (i.type === "event" ? toEventSelector(i) : toFunctionSelector(i as never)));
      assert.equal(new Set(sigs).size, sigs.length, `${name} repeats a signature`);
    }
  });

  it("decode StepDue as a step name and ParameterOutOfBounds's bytes32 as text", () => {
    const stepDue = decodeRevert(encodeErrorResult({ abi: abis.Waterfall, errorName: "StepDue", args: [Step.Take] }));
    assert.equal(stepDue?.description, "StepDue(Take)");
    const bounds = decodeRevert(
      encodeErrorResult({ abi: abis.DebtAuction, errorName: "ParameterOutOfBounds", args: [stringToHex("floorRatio", { size: 32 }), 1n, 2n, 3n] }),
    );
    assert.equal(bounds?.description, "ParameterOutOfBounds(floorRatio, 1, 2, 3)");
    assert.equal(bytes32ToString(stringToHex("tip", { size: 32 })), "tip");
    assert.equal(decodeRevert("0x12345678"), undefined);
  });
});
