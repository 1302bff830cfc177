/** Entry of a page pool worker (a module Web Worker that Vite bundles with the kinds). */
import "./kinds";
import { serve, type RunMessage } from "./protocol";

serve({
  post: (message, transfer) => self.postMessage(message, { transfer }),
  listen: (handler) => {
    self.onmessage = (e: MessageEvent<RunMessage>) => handler(e.data);
  },
});
