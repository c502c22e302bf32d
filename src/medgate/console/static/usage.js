// Usage and audit (admin keys; every route is open on a server with no keys): spend by key and
// alias (GET /v1/usage), the chain's verification and the latest records (GET /v1/audit).
import { get } from "./api.js";
import { h, usd } from "./dom.js";

function table(caption, columns, rows) {
  return h("div", { class: "scroll", tabindex: 0, role: "region", "aria-label": caption },
    h("table", {}, h("caption", {}, caption),
      h("thead", {}, h("tr", {}, columns.map((c) => h("th", { scope: "col" }, c)))),
      h("tbody", {}, rows.length ? rows.map((r) => h("tr", {}, r.map((c) => h("td", {}, c ?? "—"))))
        : h("tr", {}, h("td", { colspan: columns.length, class: "muted" }, "nothing yet")))));
}

export async function render(root, state) {
  if (state.who && state.who.keys_required && state.who.role !== "admin") {
    root.append(h("h1", { id: "h-usage" }, "Usage & audit"), h("p", { class: "error" }, "Usage and audit need an admin key."));
    return;
  }
  const [usage, audit] = await Promise.all([get("/v1/usage?group_by=key,alias"), get("/v1/audit?limit=50")]);
  const v = audit.verification;
  const chain = v === null
    ? h("p", { class: "chain muted" }, "This server keeps its audit in memory: there is no chain to verify.")
    : h("p", { class: `chain ${v.ok ? "ok" : "broken"}`, role: v.ok ? "status" : "alert" }, v.ok ? "✔ " : "✘ ", v.line);
  const total = usage.data.reduce((a, r) => a + r.cost_usd, 0);
  root.append(h("h1", { id: "h-usage" }, "Usage & audit"),
    h("h2", {}, "Spend by key and alias"),
    table(`Total ${usd(total)}`, ["Key", "Alias", "Requests", "Errors", "Prompt tokens", "Completion tokens", "Cost"],
      usage.data.map((r) => [r.key || "(no key)", r.alias || "—", r.requests, r.errors, r.prompt_tokens, r.completion_tokens, usd(r.cost_usd)])),
    h("h2", {}, "Audit chain"), chain,
    table("Latest audit records (newest first; ids, codes and counts only)",
      ["#", "Time", "Kind", "Key", "Route", "Alias", "Status", "HTTP", "Cost", "Latency"],
      audit.data.map((r) => [r.seq, new Date(r.ts * 1000).toISOString().replace("T", " ").slice(0, 19), r.kind, r.key_id,
        r.route, r.alias, r.status, r.http_status, r.cost_usd === undefined ? null : usd(r.cost_usd),
        r.latency_ms === undefined ? null : `${Math.round(r.latency_ms)} ms`])));
}
