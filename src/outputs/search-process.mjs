// The search indexer's own process (plain JavaScript: it runs without tsx).
//
// Pagefind's Node API drives a Rust binary and does not notice when that
// binary dies: a panic left its promises pending forever, and the build exited
// 0 with no site. Here Pagefind runs in a child process whose exit the build
// watches, and whose standard error (where a panic is printed) the build reads
// instead of passing it to the terminal.
//
// Protocol (IPC, advanced serialisation): the parent sends
//   { type: "records", records: SearchRecord[] }   any number of times, then
//   { type: "write", outputPath }
// and this process answers { type: "done", records } or { type: "error", message },
// then exits (0 after "done", 1 otherwise). When Pagefind's binary dies, its
// pending promises keep nothing alive: once "write" has come, the event loop
// drains and this process exits without "done", which the parent reports.
import * as pagefind from "pagefind";

const send = (message) => new Promise((resolve) => process.send(message, () => resolve()));

// Test hook: a language tag Pagefind cannot handle, to prove that a panicking indexer fails the build.
const language = process.env.FRISE_TEST_SEARCH_LANGUAGE;

let index;
const added = [];
const queued = [];
let written;

const addRecords = (records) => {
  for (const record of records) added.push(index.addCustomRecord(language ? { ...record, language } : record));
};

async function write(outputPath) {
  const results = await Promise.all(added);
  const failed = results.flatMap((r) => r.errors);
  if (failed.length) throw new Error(failed.join("; "));
  const files = await index.writeFiles({ outputPath });
  if (files.errors.length) throw new Error(files.errors.join("; "));
  await pagefind.close();
  await send({ type: "done", records: results.length });
}

async function fail(error) {
  await send({ type: "error", message: String(error?.message ?? error) }).catch(() => {});
  process.exit(1);
}

// Until "write" arrives, a timer keeps this process waiting; afterwards only Pagefind's own work does.
const waitForParent = setInterval(() => {}, 1 << 30);
process.on("message", (message) => {
  if (message.type === "records") {
    if (index) addRecords(message.records);
    else queued.push(message.records);
  } else if (message.type === "write") {
    clearInterval(waitForParent);
    process.channel?.unref();
    written = message.outputPath;
    if (index) write(written).then(() => process.exit(0), fail);
  }
});
process.on("disconnect", () => process.exit(1));

pagefind
  .createIndex({})
  .then(({ index: created, errors }) => {
    if (!created) throw new Error(errors.join("; ") || "Pagefind could not create an index");
    index = created;
    for (const records of queued.splice(0)) addRecords(records);
    if (written) return write(written).then(() => process.exit(0));
  })
  .catch(fail);
