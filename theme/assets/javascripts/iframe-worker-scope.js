// The start-up code of an iframe-worker's iframe (see iframe-worker.js, MIT):
// what a worker's global scope has that a page lacks, pointed at the parent.
"use strict";
(() => {
  const worker = document.currentScript.dataset.worker;
  window.postMessage = (message, origin) => parent.postMessage(message, origin || "*");
  window.importScripts = (...urls) => urls.reduce((loaded, url) => loaded.then(() =>
    new Promise((resolve) => {
      const script = document.createElement("script");
      script.src = url;
      script.onload = resolve;
      document.body.appendChild(script);
    })), Promise.resolve());
  addEventListener("error", ({ error }) => {
    parent.dispatchEvent(new ErrorEvent("error", { filename: worker, error }));
  });
})();
