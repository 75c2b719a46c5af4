// Times the peer extractors over the same HTML pages as bench/run.py:
//   node run.mjs MIN_MB FILE...  ->  one JSON line per peer: {"name", "bytes", "articles", "seconds"}
import { readFileSync } from "node:fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";
import { extractFromHtml } from "@extractus/article-extractor";

const [minMb, ...files] = process.argv.slice(2);
const pages = files.map((f) => readFileSync(f, "utf8"));
const onePass = pages.reduce((n, p) => n + Buffer.byteLength(p), 0);
const passes = Math.max(1, Math.ceil((Number(minMb) * 1e6) / onePass));
const quiet = new VirtualConsole(); // jsdom's CSS parse errors are noise here

async function time(name, extract) {
  for (const p of pages) await extract(p); // warm-up
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < passes; i++) for (const p of pages) await extract(p);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(JSON.stringify({ name, bytes: onePass * passes, articles: pages.length * passes, seconds }));
}

await time("Readability (jsdom)", (html) => {
  const dom = new JSDOM(html, { url: "https://example.go.id/", virtualConsole: quiet });
  new Readability(dom.window.document).parse();
  dom.window.close();
});
await time("@extractus/article-extractor", (html) => extractFromHtml(html, "https://example.go.id/"));
