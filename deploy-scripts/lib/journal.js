// Ignition's journal (journal.jsonl) is the record of a deployment: each line is appended with one synchronous,
// O_DSYNC write. Its address book (deployed_addresses.json) is not: Ignition rewrites it in place after each
// contract, so a kill at the wrong moment leaves it empty and Ignition's next run dies parsing it. The address book
// is therefore derived here from the journal, and rewritten (atomically) whenever it disagrees.
const fs = require("fs");
const path = require("path");

const JOURNAL = "journal.jsonl";
const ADDRESS_BOOK = "deployed_addresses.json";

/** Every message of the journal in `dir`, oldest first ([] when there is none, or no `dir`: the in-process network). */
function readJournal(dir) {
  if (!dir) return [];
  const file = path.join(dir, JOURNAL);
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((line, i) => {
    try {
      return JSON.parse(line);
    } catch (e) {
      throw new Error(`${file} line ${i + 1} is not JSON (${e.message}): the journal is damaged; move ${dir} away to deploy afresh`);
    }
  });
}

/** futureId -> address, exactly what Ignition records in its address book, in the journal's order. */
function journalAddresses(messages) {
  const out = {};
  for (const m of messages) {
    if (m.type === "DEPLOYMENT_EXECUTION_STATE_COMPLETE" && m.result?.type === "SUCCESS") out[m.futureId] = m.result.address;
    else if (m.type === "CONTRACT_AT_EXECUTION_STATE_INITIALIZE") out[m.futureId] = m.contractAddress;
  }
  return out;
}

function readAddressBook(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

/**
 * The deployment's addresses (futureId -> address). With a journal, the address book is rebuilt from it when it is
 * missing, unreadable or different; without one, the address book is all there is.
 */
function deployedAddresses(dir, log = () => {}) {
  const file = path.join(dir, ADDRESS_BOOK);
  const messages = readJournal(dir);
  if (messages.length === 0) return readAddressBook(file) ?? {};
  const fromJournal = journalAddresses(messages);
  const book = readAddressBook(file);
  if (JSON.stringify(book) !== JSON.stringify(fromJournal)) {
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, `${JSON.stringify(fromJournal, undefined, 2)}\n`);
    fs.renameSync(tmp, file);
    log(`${file} ${book === undefined ? "was unreadable or missing (a run killed while Ignition wrote it)" : "disagreed with the journal"}: rebuilt from ${JOURNAL} (${Object.keys(fromJournal).length} contracts)`);
  }
  return fromJournal;
}

/** futureId -> transaction hash: the confirmed one, else the one in `sent` (this run's), else the first one sent. */
function journalTransactionHashes(dir, sent = new Map()) {
  const out = new Map(sent);
  for (const m of readJournal(dir)) {
    if (m.type === "TRANSACTION_CONFIRM") out.set(m.futureId, m.hash);
    else if (m.type === "TRANSACTION_SEND" && !out.has(m.futureId)) out.set(m.futureId, m.transaction?.hash);
  }
  return out;
}

module.exports = { deployedAddresses, journalTransactionHashes };
