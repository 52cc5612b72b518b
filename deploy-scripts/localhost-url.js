// The URL of `--network localhost`: a `hardhat node` on this machine. It follows the environment so
// that a node on another port keeps the network name (and so deployments/localhost.json):
//   HARDHAT_NODE_PORT=8546              -> http://127.0.0.1:8546
//   KEEPERSUITE_RPC_URL=http://127.0.0.1:8546 (a loopback URL) -> that URL
//   neither                             -> http://127.0.0.1:8545 (Hardhat's default)
// HARDHAT_NODE_PORT wins when both are set; a non-loopback KEEPERSUITE_RPC_URL is the `custom` network's.
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

function localhostUrl(env = process.env) {
  const port = env.HARDHAT_NODE_PORT;
  if (port) {
    if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) throw new Error(`HARDHAT_NODE_PORT is not a port: ${port}`);
    return `http://127.0.0.1:${port}`;
  }
  const url = env.KEEPERSUITE_RPC_URL;
  if (url) {
    try {
      if (LOOPBACK.has(new URL(url).hostname)) return url;
    } catch {
      /* not a URL: ignore here; the custom network reports it */
    }
  }
  return "http://127.0.0.1:8545";
}

module.exports = { localhostUrl };
