// Playground: chat with an alias, streamed; reasoning collapsed beside the answer; deployment,
// latency and cost under each reply; the escalation banner when the red-flag screen fires.
import { get, streamChat } from "./api.js";
import { clear, errorBox, field, h, usd } from "./dom.js";

export async function aliasSelect(id) {
  const models = await get("/v1/models");
  const select = h("select", { id, name: "model" },
    models.data.map((m) => h("option", { value: m.id }, `${m.id} (${m.trust}${m.family !== "generic" ? `, ${m.family}` : ""})`)));
  return { select, models: models.data };
}

export function escalationBanner(esc) {
  return h("div", { class: "escalation", role: "alert" },
    h("strong", {}, esc.level === "emergent" || !esc.level ? "Possible emergency" : `Escalation: ${esc.level}`),
    h("p", {}, esc.advice),
    esc.resources && esc.resources.length
      ? h("ul", { class: "resources" }, esc.resources.map((r) => h("li", {}, `${r.name}: `, h("strong", {}, r.contact))))
      : null,
    esc.categories && esc.categories.length ? h("small", {}, `Screen: ${esc.categories.join(", ").replace(/_/g, " ")}`) : null);
}

function replyView() {
  const banner = h("div");
  const summary = h("summary", {}, "Reasoning");
  const reasoningText = h("div", { class: "reasoning-text" });
  const reasoning = h("details", { class: "reasoning", hidden: true }, summary, reasoningText);
  const answer = h("div", { class: "answer" });
  const meta = h("p", { class: "meta muted" }, "waiting for the first token…");
  const el = h("article", { class: "reply", "aria-label": "model reply" }, banner, reasoning, answer, meta);
  return { el, banner, reasoning, reasoningText, answer, meta };
}

export async function render(root) {
  const { select } = await aliasSelect("pg-model");
  const input = h("textarea", { id: "pg-input", rows: 4, required: true, placeholder: "Ask a clinical question…" });
  const maxTokens = h("input", { id: "pg-max-tokens", type: "number", min: 1, step: 1, placeholder: "the model's default" });
  const send = h("button", { type: "submit", class: "primary" }, "Send");
  const stop = h("button", { type: "button", disabled: true }, "Stop");
  const reset = h("button", { type: "button" }, "New conversation");
  const log = h("div", { class: "conversation", "aria-live": "polite" });
  const history = [];
  let controller = null;

  const form = h("form", { class: "stack", autocomplete: "off" },
    field("Model", select), field("Message", input, "Enter sends; Shift+Enter adds a line."),
    h("details", { class: "options" }, h("summary", {}, "Options"), field("Max tokens", maxTokens)),
    h("div", { class: "actions" }, send, stop, reset));
  root.append(h("h1", { id: "h-playground" }, "Playground"), form, log);

  input.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && !ev.shiftKey) { ev.preventDefault(); form.requestSubmit(); }
  });
  stop.addEventListener("click", () => controller && controller.abort());
  reset.addEventListener("click", () => { history.length = 0; clear(log); input.focus(); });

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    history.push({ role: "user", content: text });
    log.append(h("div", { class: "turn user" }, h("span", { class: "who" }, "You"), h("p", {}, text)));
    input.value = "";
    const view = replyView();
    log.append(view.el);
    send.disabled = true; stop.disabled = false;
    controller = new AbortController();
    const started = performance.now();
    let first = null, content = "", reasoning = "", deployment = "", cost = null, usage = null;
    try {
      const body = { model: select.value, messages: history, stream_options: { include_usage: true } };
      if (maxTokens.value) body.max_tokens = Number(maxTokens.value);
      await streamChat(body, (chunk) => {
        const mg = chunk.medgate;
        if (mg) {
          if (mg.deployment) deployment = mg.deployment;
          if (mg.escalation) view.banner.append(escalationBanner(mg.escalation));
          if (mg.cost_usd !== undefined) cost = mg.cost_usd;
        }
        if (chunk.usage) usage = chunk.usage;
        for (const choice of chunk.choices || []) {
          const d = choice.delta || {};
          if (first === null && (d.content || d.reasoning_content)) first = performance.now() - started;
          if (d.reasoning_content) {
            reasoning += d.reasoning_content;
            view.reasoning.hidden = false;
            view.reasoningText.textContent = reasoning;
          }
          if (d.content) { content += d.content; view.answer.textContent = content; }
        }
      }, controller.signal);
      history.push({ role: "assistant", content });
      const total = performance.now() - started;
      view.meta.textContent = [
        `deployment ${deployment || "?"}`,
        `first token ${first === null ? "—" : `${Math.round(first)} ms`}`,
        `total ${Math.round(total)} ms`,
        `cost ${usd(cost)}`,
        usage ? `${usage.prompt_tokens} in / ${usage.completion_tokens} out tokens` : null,
      ].filter(Boolean).join(" · ");
      view.el.classList.add("done");
    } catch (e) {
      history.pop();
      view.meta.replaceWith(errorBox(e.name === "AbortError" ? "Stopped." : e));
    } finally {
      send.disabled = false; stop.disabled = true; controller = null;
      input.focus();
    }
  });
}
