// The simulator's seeder: one long-lived `hardhat run` per chain that seeds a book per request, so a run on a
// reverted chain pays for its transactions, not for starting Hardhat again (several seconds each time).
//
//   KEEPERSUITE_RPC_URL=... KEEPERSUITE_DEPLOYMENTS_DIR=<folder with custom.json> \
//     npx hardhat run deploy-scripts/sim-seeder.js --network custom
//
// stdin: one JSON request per line, {"id": "...", "env": {"SIM_SEED": "1", "SIM_OUT": "/path/book.json", ...}} with the
// SIM_* variables of deploy-scripts/seed-sim.js; requests are served one at a time, in order.
// stdout: "SEEDED <id>" when the book is written, "SEED-FAILED <id> <reason on one line>" otherwise.
const readline = require("readline");
const { seedSim } = require("./seed-sim");

const SIM_VARIABLES = ["SIM_SEED", "SIM_POSITIONS", "SIM_LPS", "SIM_UTILIZATION", "SIM_FUND", "SIM_KEEPER", "SIM_BIDDERS", "SIM_OUT"];

async function serve(request) {
  // seed-sim reads its options from the environment: each request starts from none of them set.
  for (const name of SIM_VARIABLES) delete process.env[name];
  for (const [name, value] of Object.entries(request.env || {})) {
    if (!SIM_VARIABLES.includes(name)) throw new Error(`unknown variable ${name}`);
    process.env[name] = String(value);
  }
  await seedSim();
}

const lines = readline.createInterface({ input: process.stdin });
let queue = Promise.resolve();
lines.on("line", (line) => {
  queue = queue.then(async () => {
    let id = "?";
    try {
      const request = JSON.parse(line);
      id = request.id;
      await serve(request);
      console.log(`SEEDED ${id}`);
    } catch (e) {
      console.log(`SEED-FAILED ${id} ${String(e && e.message ? e.message : e).replace(/\s+/g, " ")}`);
    }
  });
});
// Stays up until stdin closes (the simulator stops the chain) or the process is killed.
lines.on("close", () => queue.then(() => process.exit(0)));
