// Talking to medgate from the page: same origin only, the API key in this module's memory (never
// in storage, a cookie or a URL), request text only in POST bodies.

let apiKey = "";

export function setKey(key) {
  apiKey = key.trim();
}

export class ApiError extends Error {
  constructor(status, body) {
    const err = (body && body.error) || {};
    super(err.message || `HTTP ${status}`);
    this.status = status;
    this.code = err.code || null;
    this.param = err.param || null;
  }
}

function headers(json) {
  const out = {};
  if (json) out["Content-Type"] = "application/json";
  if (apiKey) out.Authorization = `Bearer ${apiKey}`;
  return out;
}

async function parse(resp) {
  let body = null;
  try {
    body = await resp.json();
  } catch (e) {
    body = null;
  }
  if (!resp.ok) throw new ApiError(resp.status, body);
  return body;
}

export async function get(path) {
  return parse(await fetch(path, { headers: headers(false), cache: "no-store", credentials: "omit" }));
}

export async function post(path, body) {
  return parse(await fetch(path, {
    method: "POST", headers: headers(true), body: JSON.stringify(body), cache: "no-store", credentials: "omit",
  }));
}

// A streamed chat completion: calls onEvent(chunk) per SSE event, resolves when [DONE] arrives.
// An error before the stream starts rejects with ApiError; an error event inside it too.
export async function streamChat(body, onEvent, signal) {
  const resp = await fetch("/v1/chat/completions", {
    method: "POST", headers: headers(true), body: JSON.stringify({ ...body, stream: true }),
    cache: "no-store", credentials: "omit", signal,
  });
  if (!resp.ok) await parse(resp);
  const reader = resp.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const event = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      for (const line of event.split("\n")) {
        if (!line.startsWith("data: ")) continue;
        const data = line.slice(6);
        if (data === "[DONE]") return;
        const chunk = JSON.parse(data);
        if (chunk.error) throw new ApiError(502, chunk);
        onEvent(chunk);
      }
    }
  }
}
