// The dossier's search worker, in place of Material's (which builds a Lunr
// index of every page in the reader's browser: seconds at a thousand reports).
// It speaks Material's worker protocol (SETUP -> READY, QUERY -> RESULT), so
// Material's search box and result list are unchanged, and reads the index
// the generator wrote in search-index/ (generator/render/search.py), loading
// for each query only the term files and document files it needs.
//
// It runs as a Web Worker on a hosted site and, opened from disk, in the
// iframe of the iframe-worker shim, where importScripts returns a promise:
// every load is awaited, which works in both.
"use strict";
(() => {
  const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
  const MOST = 100;  // results listed (Material shows them ten at a time)

  // Where this script is, and so the index: a worker knows its own address;
  // in the shim's iframe, the script element that loaded it does.
  const own = typeof document === "undefined" ? self.location.href
    : [...document.scripts].map((s) => s.src).find((src) => src.includes("dossier-search"));
  const base = new URL("../../search-index/", own);

  const state = { manifest: null, shards: new Set(), terms: new Map(), docs: new Map() };
  self.dossierSearch = {
    manifest: (value) => { state.manifest = value; },
    terms: (shard) => { for (const [term, found] of Object.entries(shard)) state.terms.set(term, found); },
    docs: ([start, chunk]) => chunk.forEach((doc, i) => state.docs.set(start + i, doc)),
  };

  // The fold of generator/model/text.py fold_name: no case, no accents, the
  // Turkish dotted and dotless i as i.
  const fold = (text) => text.replace(/[İIı]/g, "i").normalize("NFD")
    .replace(/\p{M}/gu, "").toLowerCase();
  const words = (text) => fold(text).match(/[\p{L}\p{N}_]+/gu) || [];
  const hex = (text) => [...new TextEncoder().encode(text)]
    .map((b) => b.toString(16).padStart(2, "0")).join("");

  async function load(file) {
    await importScripts(new URL(file, base).href);
  }

  async function shard(prefix) {
    const name = hex(prefix);
    if (state.shards.has(name) || !state.manifest.shards.includes(name)) return;
    state.shards.add(name);
    await load(`t-${name}.js`);
  }

  // Documents holding every word of the query; the last word may be begun.
  async function find(query) {
    const asked = words(query).filter((w) => w.length > 1);
    if (!asked.length) return { asked, scores: new Map() };
    await Promise.all([...new Set(asked.map((w) => w.slice(0, 2)))].map(shard));
    let scores = null;
    for (const word of asked) {
      const here = new Map();
      for (const [term, found] of state.terms) {
        if (term !== word && !term.startsWith(word)) continue;
        const weight = term === word ? 1 : 0.5;  // a whole word above a begun one
        for (let i = 0; i < found.length; i += 2) {
          here.set(found[i], (here.get(found[i]) || 0) + found[i + 1] * weight);
        }
      }
      scores = scores === null ? here
        : new Map([...scores].filter(([doc]) => here.has(doc))
          .map(([doc, score]) => [doc, score + here.get(doc)]));
    }
    return { asked, scores };
  }

  async function documents(numbers) {
    const files = new Set(numbers.filter((n) => !state.docs.has(n))
      .map((n) => Math.floor(n / state.manifest.perFile)));
    await Promise.all([...files].map((n) => load(`d-${n}.js`)));
  }

  const escape = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

  // Plain text as HTML, each word that begins with an asked word marked.
  function marked(text, asked) {
    return text.split(/([\p{L}\p{N}_]+)/u).map((part, i) => {
      const hit = i % 2 === 1 && asked.some((w) => fold(part).startsWith(w));
      return hit ? `<mark>${escape(part)}</mark>` : escape(part);
    }).join("");
  }

  async function search(query) {
    const { asked, scores } = await find(query);
    const best = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MOST);
    await documents(best.map(([doc]) => doc));
    const items = best.map(([doc, score]) => {
      const [location, title, teaser] = state.docs.get(doc);
      const terms = Object.fromEntries(asked.map((w) => [w, true]));
      return [{ location, title: marked(title, asked), score,
        text: teaser ? `<p>${marked(teaser, asked)}</p>` : "", terms }];
    });
    return { items };
  }

  async function handle(message) {
    if (message.type === SETUP) {
      await load("manifest.js");
      return { type: READY };
    }
    if (message.type === QUERY) {
      try {
        return { type: RESULT, data: await search(message.data) };
      } catch (error) {
        console.warn("search failed", error);
        return { type: RESULT, data: { items: [] } };
      }
    }
    throw new TypeError("unknown message type");
  }

  // One message at a time, answered in the order asked: a query for "pe",
  // whose files load slower, must not answer after the one for "peskov".
  let queue = Promise.resolve();
  addEventListener("message", (event) => {
    queue = queue.then(async () => postMessage(await handle(event.data)));
  });
})();
