// iframe-worker 1.0.4 (npm `iframe-worker`, shim/index.js; MIT, licence beside
// it): a Web Worker run in a hidden iframe, so that search works from file://.
// Changed for the pages' Content-Security-Policy, which forbids inline script:
// the iframe's start-up code, which the original wrote inline into the iframe,
// is the file iframe-worker-scope.js beside this one. Unminified; same logic.
"use strict";
(() => {
  const scope = new URL("iframe-worker-scope.js", document.currentScript.src).href;

  class IFrameWorker extends EventTarget {
    constructor(url) {
      super();
      this.url = url;
      this.m = (event) => {
        if (event.source !== this.w) return;
        this.dispatchEvent(new MessageEvent("message", { data: event.data }));
        if (this.onmessage) this.onmessage(event);
      };
      this.e = (message, filename, lineno, colno, error) => {
        if (filename !== `${this.url}`) return;
        const event = new ErrorEvent("error", { message, filename, lineno, colno, error });
        this.dispatchEvent(event);
        if (this.onerror) this.onerror(event);
      };
      const iframe = document.createElement("iframe");
      iframe.hidden = true;
      document.body.appendChild(this.iframe = iframe);
      this.w.document.open();
      this.w.document.write(
        `<html><body><script src="${scope}" data-worker="${url}"><\/script>` +
        `<script src="${url}?${+Date.now()}"><\/script></body></html>`);
      this.w.document.close();
      onmessage = this.m;
      onerror = this.e;
      this.r = new Promise((resolve, reject) => {
        this.w.onload = resolve;
        this.w.onerror = reject;
      });
    }

    terminate() {
      this.iframe.remove();
      onmessage = onerror = null;
    }

    postMessage(data) {
      this.r.catch().then(() => {
        this.w.dispatchEvent(new MessageEvent("message", structuredClone({ data })));
      });
    }

    get w() {
      return this.iframe.contentWindow;
    }
  }

  window.IFrameWorker = IFrameWorker;
  if (location.protocol === "file:") window.Worker = IFrameWorker;
})();
